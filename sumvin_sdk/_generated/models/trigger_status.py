from ..types import OpenStrEnum


class TriggerStatus(OpenStrEnum):
    """What happened when an agent task was asked to start; a value added later still parses."""

    QUEUED = "queued"
    TRIGGERED = "triggered"
    TRIGGER_FAILED = "trigger_failed"
