from ..types import OpenStrEnum


class CliPatStatus(OpenStrEnum):
    """Possible values of a CLI pat status; a value added later still parses."""

    ACTIVE = "active"
    EXPIRED = "expired"
    REVOKED = "revoked"
