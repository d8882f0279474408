from ..types import OpenStrEnum


class UserAgentTaskTriggerType(OpenStrEnum):
    """Possible values of a user agent task trigger type; a value added later still parses."""

    CHAT = "chat"
    IPA_CHECKOUT = "ipa_checkout"
    MANUAL = "manual"
    SCHEDULED = "scheduled"
    TRIGGERED = "triggered"
