from ..types import OpenStrEnum


class CardAccountStatus(OpenStrEnum):
    """Values a card account status can take."""

    ACTIVE = "active"
    CLOSED = "closed"
    PENDING = "pending"
    SUSPENDED = "suspended"
