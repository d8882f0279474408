from ..types import OpenStrEnum


class ExploreItemStatus(OpenStrEnum):
    """Possible values of an explore item status; a value added later still parses."""

    ACTIVE = "active"
    BETA = "beta"
    COMING_SOON = "coming_soon"
