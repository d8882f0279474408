from ..types import OpenStrEnum


class IPAType(OpenStrEnum):
    COMPOSITE = "composite"
    PRODUCT = "product"
    SERVICE = "service"
