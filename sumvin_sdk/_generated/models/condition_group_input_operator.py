from ..types import OpenStrEnum


class ConditionGroupInputOperator(OpenStrEnum):
    AND = "AND"
    OR = "OR"
