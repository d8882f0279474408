from ..types import OpenStrEnum


class IPAType(OpenStrEnum):
    """Kinds of purchase an errand makes: goods, services or both; a value added later still parses."""

    COMPOSITE = "composite"
    PRODUCT = "product"
    SERVICE = "service"
