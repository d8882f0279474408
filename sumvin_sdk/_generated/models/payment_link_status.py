from ..types import OpenStrEnum


class PaymentLinkStatus(OpenStrEnum):
    """Possible values of a payment link status; a value added later still parses."""

    EXPIRED = "expired"
    PENDING = "pending"
    SETTLED = "settled"
