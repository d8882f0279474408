from ..types import OpenStrEnum


class KYCDocumentStatus(OpenStrEnum):
    APPROVED = "approved"
    PENDING = "pending"
    REJECTED = "rejected"
