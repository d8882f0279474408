from ..types import OpenStrEnum


class AutonomyLevel(OpenStrEnum):
    """Possible values of an autonomy level; a value added later still parses."""

    APPROVE_BEFORE_PURCHASE = "approve_before_purchase"
    AUTONOMOUS = "autonomous"
    AUTO_WITHIN_CONDITIONS = "auto_within_conditions"
    SUPERVISED = "supervised"
