from ..types import OpenStrEnum


class KYCDocumentStatus(OpenStrEnum):
    """Values a KYC document status can take."""

    APPROVED = "approved"
    PENDING = "pending"
    REJECTED = "rejected"
