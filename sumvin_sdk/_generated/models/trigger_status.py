from ..types import OpenStrEnum


class TriggerStatus(OpenStrEnum):
    QUEUED = "queued"
    TRIGGERED = "triggered"
    TRIGGER_FAILED = "trigger_failed"
