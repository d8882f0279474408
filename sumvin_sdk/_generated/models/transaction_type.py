from ..types import OpenStrEnum


class TransactionType(OpenStrEnum):
    """Kinds of money movement, such as deposits, card purchases, ramps and fees; a value added later still parses."""

    BANK_PAYMENT = "bank_payment"
    BANK_REFUND = "bank_refund"
    BANK_TRANSFER = "bank_transfer"
    CARD_PURCHASE = "card_purchase"
    CARD_REFUND = "card_refund"
    DEPOSIT = "deposit"
    DIRECT_DEBIT = "direct_debit"
    FEE = "fee"
    INTEREST = "interest"
    OFF_RAMP = "off_ramp"
    ON_RAMP = "on_ramp"
    STANDING_ORDER = "standing_order"
    SWAP = "swap"
    TRANSFER = "transfer"
    WITHDRAWAL = "withdrawal"
