from ..types import OpenStrEnum


class CliDeviceAuthorizationStatus(OpenStrEnum):
    APPROVED = "approved"
    DENIED = "denied"
    EXCHANGED = "exchanged"
    EXPIRED = "expired"
    PENDING = "pending"
