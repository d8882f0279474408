from ..types import OpenStrEnum


class ExploreItemStatus(OpenStrEnum):
    """Values a explore item status can take."""

    ACTIVE = "active"
    BETA = "beta"
    COMING_SOON = "coming_soon"
