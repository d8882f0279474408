from ..types import OpenStrEnum


class BudgetType(OpenStrEnum):
    """How a budget's period repeats, or `custom` for a fixed window; a value added later still parses."""

    CUSTOM = "custom"
    MONTHLY = "monthly"
    WEEKLY = "weekly"
    YEARLY = "yearly"
