from ..types import OpenStrEnum


class CliPatStatus(OpenStrEnum):
    """Values a CLI pat status can take."""

    ACTIVE = "active"
    EXPIRED = "expired"
    REVOKED = "revoked"
