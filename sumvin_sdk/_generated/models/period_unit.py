from ..types import OpenStrEnum


class PeriodUnit(OpenStrEnum):
    """Units of time a relative budget period counts in; a value added later still parses."""

    DAYS = "days"
    MONTHS = "months"
    WEEKS = "weeks"
    YEARS = "years"
