from ..types import OpenStrEnum


class ExploreItemStatus(OpenStrEnum):
    ACTIVE = "active"
    BETA = "beta"
    COMING_SOON = "coming_soon"
