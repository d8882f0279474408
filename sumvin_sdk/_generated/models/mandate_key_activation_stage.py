from ..types import OpenStrEnum


class MandateKeyActivationStage(OpenStrEnum):
    """Stages of mandate key setup, from no wallet bound to ready to sign; a value added later still parses."""

    ACTIVE = "active"
    AWAITING_CLAIM = "awaiting_claim"
    BLOCKED = "blocked"
    FAILED = "failed"
    NOT_PROVISIONED = "not_provisioned"
    PENDING = "pending"
