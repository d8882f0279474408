from ..types import OpenStrEnum


class ApprovalDecision(OpenStrEnum):
    APPROVED = "approved"
    CONDITIONAL = "conditional"
    REJECTED = "rejected"
