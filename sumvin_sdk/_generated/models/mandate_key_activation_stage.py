from ..types import OpenStrEnum


class MandateKeyActivationStage(OpenStrEnum):
    ACTIVE = "active"
    AWAITING_CLAIM = "awaiting_claim"
    BLOCKED = "blocked"
    FAILED = "failed"
    NOT_PROVISIONED = "not_provisioned"
    PENDING = "pending"
