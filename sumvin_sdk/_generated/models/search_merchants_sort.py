from ..types import OpenStrEnum


class SearchMerchantsSort(OpenStrEnum):
    LAST_HIT = "last_hit"
    POPULARITY = "popularity"
    RELEVANCE = "relevance"
