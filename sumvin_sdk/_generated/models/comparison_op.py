from ..types import OpenStrEnum


class ComparisonOp(OpenStrEnum):
    EQ = "eq"
    GT = "gt"
    GTE = "gte"
    LT = "lt"
    LTE = "lte"
