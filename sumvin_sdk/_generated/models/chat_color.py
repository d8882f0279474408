from ..types import OpenStrEnum


class ChatColor(OpenStrEnum):
    """Theme colours a call-to-action may use; a value added later still parses."""

    AMBER = "amber"
    EMERALD = "emerald"
    ROSE = "rose"
    TEAL = "teal"
    VIOLET = "violet"
