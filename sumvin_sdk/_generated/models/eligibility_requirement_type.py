from ..types import OpenStrEnum


class EligibilityRequirementType(OpenStrEnum):
    """Values a eligibility requirement type can take."""

    CONNECTOR = "connector"
