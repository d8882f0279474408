from ..types import OpenStrEnum


class ConditionGroupOutputOperator(OpenStrEnum):
    AND = "AND"
    OR = "OR"
