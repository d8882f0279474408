from ..types import OpenStrEnum


class KYCDocumentStatus(OpenStrEnum):
    """Review outcome of one submitted identity document; a value added later still parses."""

    APPROVED = "approved"
    PENDING = "pending"
    REJECTED = "rejected"
