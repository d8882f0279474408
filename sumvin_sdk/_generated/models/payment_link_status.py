from ..types import OpenStrEnum


class PaymentLinkStatus(OpenStrEnum):
    """Stages of a payment link: waiting, paid or lapsed; a value added later still parses."""

    EXPIRED = "expired"
    PENDING = "pending"
    SETTLED = "settled"
