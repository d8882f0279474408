from ..types import OpenStrEnum


class TransactionDirection(OpenStrEnum):
    """Values a transaction direction can take."""

    IN = "in"
    OUT = "out"
