from ..types import OpenStrEnum


class TransactionStatus(OpenStrEnum):
    """Stages of a money movement, from pending to completed, failed or cancelled; a value added later still parses."""

    CANCELLED = "cancelled"
    COMPLETED = "completed"
    FAILED = "failed"
    PENDING = "pending"
    PROCESSING = "processing"
