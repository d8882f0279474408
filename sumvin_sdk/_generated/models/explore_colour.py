from ..types import OpenStrEnum


class ExploreColour(OpenStrEnum):
    """Possible values of an explore colour; a value added later still parses."""

    AMBER = "amber"
    BLUE = "blue"
    EMERALD = "emerald"
    ORANGE = "orange"
    ROSE = "rose"
    SKY = "sky"
    TEAL = "teal"
    VIOLET = "violet"
