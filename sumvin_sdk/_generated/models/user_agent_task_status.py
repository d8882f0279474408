from ..types import OpenStrEnum


class UserAgentTaskStatus(OpenStrEnum):
    """Values a user agent task status can take."""

    CANCELLED = "cancelled"
    COMPLETED = "completed"
    FAILED = "failed"
    NEXT = "next"
    QUEUED = "queued"
    RUNNING = "running"
