from ..types import OpenStrEnum


class CliDeviceAuthorizationStatus(OpenStrEnum):
    """Possible values of a CLI device authorization status; a value added later still parses."""

    APPROVED = "approved"
    DENIED = "denied"
    EXCHANGED = "exchanged"
    EXPIRED = "expired"
    PENDING = "pending"
