from ..types import OpenStrEnum


class ApprovalDecision(OpenStrEnum):
    """Possible values of an approval decision; a value added later still parses."""

    APPROVED = "approved"
    CONDITIONAL = "conditional"
    REJECTED = "rejected"
