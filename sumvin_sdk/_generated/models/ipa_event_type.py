from ..types import OpenStrEnum


class IPAEventType(OpenStrEnum):
    """Things that can happen to an errand, from status changes to workflow and monitoring steps; a value added later
    still parses."""

    IPA_APPROVAL_RECEIVED = "ipa.approval_received"
    IPA_APPROVAL_REQUESTED = "ipa.approval_requested"
    IPA_CANCELLED = "ipa.cancelled"
    IPA_CARD_INSTRUCTION_OPENED = "ipa.card_instruction_opened"
    IPA_CLARIFICATION_RECEIVED = "ipa.clarification_received"
    IPA_CLARIFICATION_SENT = "ipa.clarification_sent"
    IPA_CONDITIONS_MET = "ipa.conditions_met"
    IPA_MANDATE_REVOKED = "ipa.mandate_revoked"
    IPA_MONITOR_EXPIRED = "ipa.monitor_expired"
    IPA_MONITOR_REENTRY = "ipa.monitor_reentry"
    IPA_MONITOR_STARTED = "ipa.monitor_started"
    IPA_PINT_LINKED = "ipa.pint_linked"
    IPA_PRICE_CHECKED = "ipa.price_checked"
    IPA_STATUS_CHANGE = "ipa.status_change"
    IPA_WORKFLOW_COMPLETED = "ipa.workflow_completed"
    IPA_WORKFLOW_FAILED = "ipa.workflow_failed"
    IPA_WORKFLOW_RESUMED = "ipa.workflow_resumed"
    IPA_WORKFLOW_STARTED = "ipa.workflow_started"
