from ..types import OpenStrEnum


class UserAgentTaskTriggerType(OpenStrEnum):
    """Values a user agent task trigger type can take."""

    CHAT = "chat"
    IPA_CHECKOUT = "ipa_checkout"
    MANUAL = "manual"
    SCHEDULED = "scheduled"
    TRIGGERED = "triggered"
