from ..types import OpenStrEnum


class AutonomyLevel(OpenStrEnum):
    """Values a autonomy level can take."""

    APPROVE_BEFORE_PURCHASE = "approve_before_purchase"
    AUTONOMOUS = "autonomous"
    AUTO_WITHIN_CONDITIONS = "auto_within_conditions"
    SUPERVISED = "supervised"
