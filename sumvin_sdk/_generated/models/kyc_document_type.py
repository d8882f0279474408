from ..types import OpenStrEnum


class KYCDocumentType(OpenStrEnum):
    """Kinds of identity document verification accepts; a value added later still parses."""

    DRIVERS = "DRIVERS"
    ID_CARD = "ID_CARD"
    PASSPORT = "PASSPORT"
    PROOF_OF_ADDRESS = "PROOF_OF_ADDRESS"
    SELFIE = "SELFIE"
