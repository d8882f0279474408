from ..types import OpenStrEnum


class UserAgentTaskStatus(OpenStrEnum):
    """Stages of an agent task, from queued to its end; a value added later still parses."""

    CANCELLED = "cancelled"
    COMPLETED = "completed"
    FAILED = "failed"
    NEXT = "next"
    QUEUED = "queued"
    RUNNING = "running"
