from ..types import OpenStrEnum


class TransactionSource(OpenStrEnum):
    """Values a transaction source can take."""

    BANK_ACCOUNT = "bank_account"
    CARD = "card"
    CRYPTO_WALLET = "crypto_wallet"
