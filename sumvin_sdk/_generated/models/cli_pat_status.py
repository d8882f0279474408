from ..types import OpenStrEnum


class CliPatStatus(OpenStrEnum):
    ACTIVE = "active"
    EXPIRED = "expired"
    REVOKED = "revoked"
