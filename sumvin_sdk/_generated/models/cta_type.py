from ..types import OpenStrEnum


class CTAType(OpenStrEnum):
    """Possible values of a CTA type; a value added later still parses."""

    CHAT = "chat"
    HOME = "home"
