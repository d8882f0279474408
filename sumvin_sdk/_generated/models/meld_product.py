from ..types import OpenStrEnum


class MeldProduct(OpenStrEnum):
    """Values a meld product can take."""

    BALANCES = "BALANCES"
    IDENTIFIERS = "IDENTIFIERS"
    INVESTMENT_HOLDINGS = "INVESTMENT_HOLDINGS"
    INVESTMENT_TRANSACTIONS = "INVESTMENT_TRANSACTIONS"
    OWNERS = "OWNERS"
    TRANSACTIONS = "TRANSACTIONS"
