from ..types import OpenStrEnum


class IPAStatus(OpenStrEnum):
    """Stages of an errand, from qualifying the request to its end; a value added later still parses."""

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
