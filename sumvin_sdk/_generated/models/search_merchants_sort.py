from ..types import OpenStrEnum


class SearchMerchantsSort(OpenStrEnum):
    """Order of results: `relevance` (default), `popularity` or `last_hit`."""

    LAST_HIT = "last_hit"
    POPULARITY = "popularity"
    RELEVANCE = "relevance"
