from ..types import OpenStrEnum


class ChatColor(OpenStrEnum):
    AMBER = "amber"
    EMERALD = "emerald"
    ROSE = "rose"
    TEAL = "teal"
    VIOLET = "violet"
