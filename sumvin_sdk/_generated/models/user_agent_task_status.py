from ..types import OpenStrEnum


class UserAgentTaskStatus(OpenStrEnum):
    """Possible values of a user agent task status; a value added later still parses."""

    CANCELLED = "cancelled"
    COMPLETED = "completed"
    FAILED = "failed"
    NEXT = "next"
    QUEUED = "queued"
    RUNNING = "running"
