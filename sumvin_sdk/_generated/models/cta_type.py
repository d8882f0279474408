from ..types import OpenStrEnum


class CTAType(OpenStrEnum):
    """Where a call-to-action is shown: home screen or chat; a value added later still parses."""

    CHAT = "chat"
    HOME = "home"
