from ..types import OpenStrEnum


class ExploreIcon(OpenStrEnum):
    """Values a explore icon can take."""

    BELL = "bell"
    CHART_PIE = "chart_pie"
    COINS = "coins"
    PLANE = "plane"
    REPEAT = "repeat"
    SCALE = "scale"
    SEARCH = "search"
    SHIELD = "shield"
    TRENDING_UP = "trending_up"
    WAND = "wand"
