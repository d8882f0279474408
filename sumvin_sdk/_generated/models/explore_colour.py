from ..types import OpenStrEnum


class ExploreColour(OpenStrEnum):
    """Values a explore colour can take."""

    AMBER = "amber"
    BLUE = "blue"
    EMERALD = "emerald"
    ORANGE = "orange"
    ROSE = "rose"
    SKY = "sky"
    TEAL = "teal"
    VIOLET = "violet"
