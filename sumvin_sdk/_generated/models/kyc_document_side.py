from ..types import OpenStrEnum


class KYCDocumentSide(OpenStrEnum):
    """Possible values of a KYC document side; a value added later still parses."""

    BACK_SIDE = "BACK_SIDE"
    FRONT_SIDE = "FRONT_SIDE"
