from ..types import OpenStrEnum


class KYCDocumentType(OpenStrEnum):
    """Values a KYC document type can take."""

    DRIVERS = "DRIVERS"
    ID_CARD = "ID_CARD"
    PASSPORT = "PASSPORT"
    PROOF_OF_ADDRESS = "PROOF_OF_ADDRESS"
    SELFIE = "SELFIE"
