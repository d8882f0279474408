from ..types import OpenStrEnum


class MandateKeyStatus(OpenStrEnum):
    """Possible values of a mandate key status; a value added later still parses."""

    ACTIVE = "active"
    FAILED = "failed"
    PENDING = "pending"
