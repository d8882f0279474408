from ..types import OpenStrEnum


class ConditionGroupInputOperator(OpenStrEnum):
    """Operator of the condition group: one of `AND`, `OR`."""

    AND = "AND"
    OR = "OR"
