from ..types import OpenStrEnum


class CardAccountStatus(OpenStrEnum):
    """Main states of a card account; a value added later still parses."""

    ACTIVE = "active"
    CLOSED = "closed"
    PENDING = "pending"
    SUSPENDED = "suspended"
