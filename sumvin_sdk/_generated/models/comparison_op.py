from ..types import OpenStrEnum


class ComparisonOp(OpenStrEnum):
    """Possible values of a comparison op; a value added later still parses."""

    EQ = "eq"
    GT = "gt"
    GTE = "gte"
    LT = "lt"
    LTE = "lte"
