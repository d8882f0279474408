from ..types import OpenStrEnum


class ExploreColour(OpenStrEnum):
    AMBER = "amber"
    BLUE = "blue"
    EMERALD = "emerald"
    ORANGE = "orange"
    ROSE = "rose"
    SKY = "sky"
    TEAL = "teal"
    VIOLET = "violet"
