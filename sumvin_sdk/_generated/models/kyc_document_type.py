from ..types import OpenStrEnum


class KYCDocumentType(OpenStrEnum):
    DRIVERS = "DRIVERS"
    ID_CARD = "ID_CARD"
    PASSPORT = "PASSPORT"
    PROOF_OF_ADDRESS = "PROOF_OF_ADDRESS"
    SELFIE = "SELFIE"
