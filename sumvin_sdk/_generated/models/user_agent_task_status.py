from ..types import OpenStrEnum


class UserAgentTaskStatus(OpenStrEnum):
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    FAILED = "failed"
    NEXT = "next"
    QUEUED = "queued"
    RUNNING = "running"
