from ..types import OpenStrEnum


class BudgetType(OpenStrEnum):
    CUSTOM = "custom"
    MONTHLY = "monthly"
    WEEKLY = "weekly"
    YEARLY = "yearly"
