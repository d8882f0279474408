from ..types import OpenStrEnum


class MandateKeyActivationStage(OpenStrEnum):
    """Possible values of a mandate key activation stage; a value added later still parses."""

    ACTIVE = "active"
    AWAITING_CLAIM = "awaiting_claim"
    BLOCKED = "blocked"
    FAILED = "failed"
    NOT_PROVISIONED = "not_provisioned"
    PENDING = "pending"
