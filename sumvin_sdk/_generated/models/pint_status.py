from ..types import OpenStrEnum


class PintStatus(OpenStrEnum):
    """Values a PINT status can take."""

    ACTIVE = "active"
    CONSUMED = "consumed"
    EXPIRED = "expired"
    PENDING = "pending"
    REVOKED = "revoked"
