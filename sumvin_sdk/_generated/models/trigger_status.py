from ..types import OpenStrEnum


class TriggerStatus(OpenStrEnum):
    """Values a trigger status can take."""

    QUEUED = "queued"
    TRIGGERED = "triggered"
    TRIGGER_FAILED = "trigger_failed"
