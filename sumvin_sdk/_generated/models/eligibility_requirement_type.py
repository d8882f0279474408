from ..types import OpenStrEnum


class EligibilityRequirementType(OpenStrEnum):
    """Possible values of an eligibility requirement type; a value added later still parses."""

    CONNECTOR = "connector"
