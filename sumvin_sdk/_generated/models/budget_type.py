from ..types import OpenStrEnum


class BudgetType(OpenStrEnum):
    """Possible values of a budget type; a value added later still parses."""

    CUSTOM = "custom"
    MONTHLY = "monthly"
    WEEKLY = "weekly"
    YEARLY = "yearly"
