from ..types import OpenStrEnum


class PeriodUnit(OpenStrEnum):
    """Possible values of a period unit; a value added later still parses."""

    DAYS = "days"
    MONTHS = "months"
    WEEKS = "weeks"
    YEARS = "years"
