from ..types import OpenStrEnum


class CliDeviceAuthorizationStatus(OpenStrEnum):
    """Values a CLI device authorization status can take."""

    APPROVED = "approved"
    DENIED = "denied"
    EXCHANGED = "exchanged"
    EXPIRED = "expired"
    PENDING = "pending"
