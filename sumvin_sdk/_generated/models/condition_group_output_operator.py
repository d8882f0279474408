from ..types import OpenStrEnum


class ConditionGroupOutputOperator(OpenStrEnum):
    """Operator of the condition group: one of `AND`, `OR`."""

    AND = "AND"
    OR = "OR"
