from ..types import OpenStrEnum


class ApprovalDecision(OpenStrEnum):
    """Values a approval decision can take."""

    APPROVED = "approved"
    CONDITIONAL = "conditional"
    REJECTED = "rejected"
