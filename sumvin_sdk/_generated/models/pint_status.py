from ..types import OpenStrEnum


class PintStatus(OpenStrEnum):
    ACTIVE = "active"
    CONSUMED = "consumed"
    EXPIRED = "expired"
    PENDING = "pending"
    REVOKED = "revoked"
