from ..types import OpenStrEnum


class SearchMerchantsSort(OpenStrEnum):
    """Only sort values of: `relevance`, `popularity`, `last_hit`."""

    LAST_HIT = "last_hit"
    POPULARITY = "popularity"
    RELEVANCE = "relevance"
