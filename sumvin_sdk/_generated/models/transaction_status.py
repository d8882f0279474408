from ..types import OpenStrEnum


class TransactionStatus(OpenStrEnum):
    """Values a transaction status can take."""

    CANCELLED = "cancelled"
    COMPLETED = "completed"
    FAILED = "failed"
    PENDING = "pending"
    PROCESSING = "processing"
