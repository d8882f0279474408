from ..types import OpenStrEnum


class ChatColor(OpenStrEnum):
    """Values a chat color can take."""

    AMBER = "amber"
    EMERALD = "emerald"
    ROSE = "rose"
    TEAL = "teal"
    VIOLET = "violet"
