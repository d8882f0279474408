from ..types import OpenStrEnum


class EligibilityRequirementType(OpenStrEnum):
    """Kinds of thing an Explore item can require; a value added later still parses."""

    CONNECTOR = "connector"
