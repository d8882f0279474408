from ..types import OpenStrEnum


class ChatIcon(OpenStrEnum):
    """Values a chat icon can take."""

    CALENDAR = "calendar"
    CHART = "chart"
    LIGHTBULB = "lightbulb"
    MESSAGE = "message"
    SEARCH = "search"
    SHIELD = "shield"
    SPARKLES = "sparkles"
    TARGET = "target"
    TRENDING = "trending"
    WALLET = "wallet"
