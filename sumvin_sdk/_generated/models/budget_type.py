from ..types import OpenStrEnum


class BudgetType(OpenStrEnum):
    """Values a budget type can take."""

    CUSTOM = "custom"
    MONTHLY = "monthly"
    WEEKLY = "weekly"
    YEARLY = "yearly"
