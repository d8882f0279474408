from ..types import OpenStrEnum


class PaymentLinkStatus(OpenStrEnum):
    """Values a payment link status can take."""

    EXPIRED = "expired"
    PENDING = "pending"
    SETTLED = "settled"
