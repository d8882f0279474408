from ..types import OpenStrEnum


class KYCDocumentStatus(OpenStrEnum):
    """Possible values of a KYC document status; a value added later still parses."""

    APPROVED = "approved"
    PENDING = "pending"
    REJECTED = "rejected"
