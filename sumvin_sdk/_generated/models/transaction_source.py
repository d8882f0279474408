from ..types import OpenStrEnum


class TransactionSource(OpenStrEnum):
    """Where a transaction comes from: a crypto wallet, a bank account or a card; a value added later still parses."""

    BANK_ACCOUNT = "bank_account"
    CARD = "card"
    CRYPTO_WALLET = "crypto_wallet"
