from ..types import OpenStrEnum


class CardAccountStatus(OpenStrEnum):
    ACTIVE = "active"
    CLOSED = "closed"
    PENDING = "pending"
    SUSPENDED = "suspended"
