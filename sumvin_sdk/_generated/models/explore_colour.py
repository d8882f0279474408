from ..types import OpenStrEnum


class ExploreColour(OpenStrEnum):
    """Colours an Explore item's card may use; a value added later still parses."""

    AMBER = "amber"
    BLUE = "blue"
    EMERALD = "emerald"
    ORANGE = "orange"
    ROSE = "rose"
    SKY = "sky"
    TEAL = "teal"
    VIOLET = "violet"
