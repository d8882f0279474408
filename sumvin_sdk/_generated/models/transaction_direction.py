from ..types import OpenStrEnum


class TransactionDirection(OpenStrEnum):
    """Money in or money out; a value added later still parses."""

    IN = "in"
    OUT = "out"
