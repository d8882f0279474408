from ..types import OpenStrEnum


class AutonomyLevel(OpenStrEnum):
    """How far an errand's agent may act on its own, from asking at every step to fully autonomous; a value added later
    still parses."""

    APPROVE_BEFORE_PURCHASE = "approve_before_purchase"
    AUTONOMOUS = "autonomous"
    AUTO_WITHIN_CONDITIONS = "auto_within_conditions"
    SUPERVISED = "supervised"
