from ..types import OpenStrEnum


class TransactionSource(OpenStrEnum):
    """Possible values of a transaction source; a value added later still parses."""

    BANK_ACCOUNT = "bank_account"
    CARD = "card"
    CRYPTO_WALLET = "crypto_wallet"
