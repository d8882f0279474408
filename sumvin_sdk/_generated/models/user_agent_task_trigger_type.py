from ..types import OpenStrEnum


class UserAgentTaskTriggerType(OpenStrEnum):
    """What can start an agent task: a schedule, the user, a checkout, chat or an event; a value added later still
    parses."""

    CHAT = "chat"
    IPA_CHECKOUT = "ipa_checkout"
    MANUAL = "manual"
    SCHEDULED = "scheduled"
    TRIGGERED = "triggered"
