from ..types import OpenStrEnum


class TransactionDirection(OpenStrEnum):
    IN = "in"
    OUT = "out"
