from ..types import OpenStrEnum


class ApprovalDecision(OpenStrEnum):
    """Answers to an errand's purchase: approve, reject, or approve with conditions; a value added later still parses."""

    APPROVED = "approved"
    CONDITIONAL = "conditional"
    REJECTED = "rejected"
