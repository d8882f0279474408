from ..types import OpenStrEnum


class ComparisonOp(OpenStrEnum):
    """Comparisons a price condition can make (`lte`, `gte`, `lt`, `gt`, `eq`); a value added later still parses."""

    EQ = "eq"
    GT = "gt"
    GTE = "gte"
    LT = "lt"
    LTE = "lte"
