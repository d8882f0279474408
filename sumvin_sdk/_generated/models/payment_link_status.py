from ..types import OpenStrEnum


class PaymentLinkStatus(OpenStrEnum):
    EXPIRED = "expired"
    PENDING = "pending"
    SETTLED = "settled"
