from ..types import OpenStrEnum


class CliPatStatus(OpenStrEnum):
    """Whether a personal access token still works; a value added later still parses."""

    ACTIVE = "active"
    EXPIRED = "expired"
    REVOKED = "revoked"
