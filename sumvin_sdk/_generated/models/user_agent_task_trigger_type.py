from ..types import OpenStrEnum


class UserAgentTaskTriggerType(OpenStrEnum):
    CHAT = "chat"
    IPA_CHECKOUT = "ipa_checkout"
    MANUAL = "manual"
    SCHEDULED = "scheduled"
    TRIGGERED = "triggered"
