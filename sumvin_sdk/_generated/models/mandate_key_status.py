from ..types import OpenStrEnum


class MandateKeyStatus(OpenStrEnum):
    """How far registering a Safe signer has got; a value added later still parses."""

    ACTIVE = "active"
    FAILED = "failed"
    PENDING = "pending"
