from ..types import OpenStrEnum


class CardAccountStatus(OpenStrEnum):
    """Possible values of a card account status; a value added later still parses."""

    ACTIVE = "active"
    CLOSED = "closed"
    PENDING = "pending"
    SUSPENDED = "suspended"
