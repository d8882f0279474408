from ..types import OpenStrEnum


class PintStatus(OpenStrEnum):
    """Possible values of a PINT status; a value added later still parses."""

    ACTIVE = "active"
    CONSUMED = "consumed"
    EXPIRED = "expired"
    PENDING = "pending"
    REVOKED = "revoked"
