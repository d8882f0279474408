from ..types import OpenStrEnum


class KYCDocumentSide(OpenStrEnum):
    """Values a KYC document side can take."""

    BACK_SIDE = "BACK_SIDE"
    FRONT_SIDE = "FRONT_SIDE"
