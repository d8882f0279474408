from ..types import OpenStrEnum


class PeriodUnit(OpenStrEnum):
    DAYS = "days"
    MONTHS = "months"
    WEEKS = "weeks"
    YEARS = "years"
