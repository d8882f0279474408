from ..types import OpenStrEnum


class TriggerStatus(OpenStrEnum):
    """Possible values of a trigger status; a value added later still parses."""

    QUEUED = "queued"
    TRIGGERED = "triggered"
    TRIGGER_FAILED = "trigger_failed"
