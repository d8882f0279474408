from ..types import OpenStrEnum


class CliDeviceAuthorizationStatus(OpenStrEnum):
    """Stages of a CLI device sign-in, from waiting for approval to a token issued; a value added later still parses."""

    APPROVED = "approved"
    DENIED = "denied"
    EXCHANGED = "exchanged"
    EXPIRED = "expired"
    PENDING = "pending"
