from ..types import OpenStrEnum


class KYCDocumentSide(OpenStrEnum):
    """Front or back of an identity document; a value added later still parses."""

    BACK_SIDE = "BACK_SIDE"
    FRONT_SIDE = "FRONT_SIDE"
