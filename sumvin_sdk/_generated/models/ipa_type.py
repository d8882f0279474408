from ..types import OpenStrEnum


class IPAType(OpenStrEnum):
    """Values a IPA type can take."""

    COMPOSITE = "composite"
    PRODUCT = "product"
    SERVICE = "service"
