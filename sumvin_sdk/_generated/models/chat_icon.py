from ..types import OpenStrEnum


class ChatIcon(OpenStrEnum):
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
