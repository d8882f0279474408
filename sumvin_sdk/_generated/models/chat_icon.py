from ..types import OpenStrEnum


class ChatIcon(OpenStrEnum):
    """Icons a call-to-action may show; a value added later still parses."""

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
