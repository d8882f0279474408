from ..types import OpenStrEnum


class ChatColor(OpenStrEnum):
    """Possible values of a chat color; a value added later still parses."""

    AMBER = "amber"
    EMERALD = "emerald"
    ROSE = "rose"
    TEAL = "teal"
    VIOLET = "violet"
