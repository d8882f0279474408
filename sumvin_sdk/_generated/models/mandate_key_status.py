from ..types import OpenStrEnum


class MandateKeyStatus(OpenStrEnum):
    """Values a mandate key status can take."""

    ACTIVE = "active"
    FAILED = "failed"
    PENDING = "pending"
