from ..types import OpenStrEnum


class CTAType(OpenStrEnum):
    CHAT = "chat"
    HOME = "home"
