from ..types import OpenStrEnum


class KYCDocumentSide(OpenStrEnum):
    BACK_SIDE = "BACK_SIDE"
    FRONT_SIDE = "FRONT_SIDE"
