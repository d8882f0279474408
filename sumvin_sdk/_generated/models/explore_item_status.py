from ..types import OpenStrEnum


class ExploreItemStatus(OpenStrEnum):
    """Availability of an Explore item: live, in beta or coming soon; a value added later still parses."""

    ACTIVE = "active"
    BETA = "beta"
    COMING_SOON = "coming_soon"
