from ..types import OpenStrEnum


class MeldPaymentMethod(OpenStrEnum):
    """Payment rails a ramp session can be limited to, such as cards, bank transfers and mobile wallets; a value added
    later still parses."""

    ACH = "ACH"
    APPLE_PAY = "APPLE_PAY"
    BACS = "BACS"
    BANK_TRANSFER = "BANK_TRANSFER"
    CARD = "CARD"
    CREDIT_DEBIT_CARD = "CREDIT_DEBIT_CARD"
    GOOGLE_PAY = "GOOGLE_PAY"
    LOCAL = "LOCAL"
    LOCAL_BANK_TRANSFER = "LOCAL_BANK_TRANSFER"
    MASTERCARD = "MASTERCARD"
    MOBILE_WALLET = "MOBILE_WALLET"
    PIX = "PIX"
    SAMSUNG_PAY = "SAMSUNG_PAY"
    SEPA = "SEPA"
    VISA = "VISA"
