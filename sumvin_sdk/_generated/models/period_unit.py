from ..types import OpenStrEnum


class PeriodUnit(OpenStrEnum):
    """Values a period unit can take."""

    DAYS = "days"
    MONTHS = "months"
    WEEKS = "weeks"
    YEARS = "years"
