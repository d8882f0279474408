from ..types import OpenStrEnum


class TransactionStatus(OpenStrEnum):
    """Possible values of a transaction status; a value added later still parses."""

    CANCELLED = "cancelled"
    COMPLETED = "completed"
    FAILED = "failed"
    PENDING = "pending"
    PROCESSING = "processing"
