from ..types import OpenStrEnum


class IPAType(OpenStrEnum):
    """Possible values of an IPA type; a value added later still parses."""

    COMPOSITE = "composite"
    PRODUCT = "product"
    SERVICE = "service"
