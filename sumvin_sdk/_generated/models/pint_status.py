from ..types import OpenStrEnum


class PintStatus(OpenStrEnum):
    """Stages of a PINT, from pending signature to used up, revoked or expired; a value added later still parses."""

    ACTIVE = "active"
    CONSUMED = "consumed"
    EXPIRED = "expired"
    PENDING = "pending"
    REVOKED = "revoked"
