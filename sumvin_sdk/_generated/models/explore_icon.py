from ..types import OpenStrEnum


class ExploreIcon(OpenStrEnum):
    """Icons an Explore item's card may show; a value added later still parses."""

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
