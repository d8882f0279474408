from ..types import OpenStrEnum


class MandateKeyStatus(OpenStrEnum):
    ACTIVE = "active"
    FAILED = "failed"
    PENDING = "pending"
