from ..types import OpenStrEnum


class ComparisonOp(OpenStrEnum):
    """Values a comparison op can take."""

    EQ = "eq"
    GT = "gt"
    GTE = "gte"
    LT = "lt"
    LTE = "lte"
