from ..types import OpenStrEnum


class TransactionSource(OpenStrEnum):
    BANK_ACCOUNT = "bank_account"
    CARD = "card"
    CRYPTO_WALLET = "crypto_wallet"
