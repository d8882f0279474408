from ..types import OpenStrEnum


class CTAType(OpenStrEnum):
    """Values a CTA type can take."""

    CHAT = "chat"
    HOME = "home"
