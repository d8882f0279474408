from ..types import OpenStrEnum


class IPAStatus(OpenStrEnum):
    """Values a IPA status can take."""

    APPROVED = "approved"
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    EXECUTING = "executing"
    EXPIRED = "expired"
    FAILED = "failed"
    MONITORING = "monitoring"
    PENDING_APPROVAL = "pending_approval"
    PENDING_CLARIFICATION = "pending_clarification"
    QUALIFYING = "qualifying"
    SEARCHING = "searching"
    VALIDATING = "validating"
