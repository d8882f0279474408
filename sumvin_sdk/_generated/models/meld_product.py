from ..types import OpenStrEnum


class MeldProduct(OpenStrEnum):
    """Data products a bank connection can carry; a value added later still parses."""

    BALANCES = "BALANCES"
    IDENTIFIERS = "IDENTIFIERS"
    INVESTMENT_HOLDINGS = "INVESTMENT_HOLDINGS"
    INVESTMENT_TRANSACTIONS = "INVESTMENT_TRANSACTIONS"
    OWNERS = "OWNERS"
    TRANSACTIONS = "TRANSACTIONS"
