from ..types import OpenStrEnum


class MandateKeyActivationStage(OpenStrEnum):
    """Values a mandate key activation stage can take."""

    ACTIVE = "active"
    AWAITING_CLAIM = "awaiting_claim"
    BLOCKED = "blocked"
    FAILED = "failed"
    NOT_PROVISIONED = "not_provisioned"
    PENDING = "pending"
