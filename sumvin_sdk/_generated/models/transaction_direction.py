from ..types import OpenStrEnum


class TransactionDirection(OpenStrEnum):
    """Possible values of a transaction direction; a value added later still parses."""

    IN = "in"
    OUT = "out"
