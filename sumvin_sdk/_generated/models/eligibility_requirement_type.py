from ..types import OpenStrEnum


class EligibilityRequirementType(OpenStrEnum):
    CONNECTOR = "connector"
