from ..types import OpenStrEnum


class CTACategory(OpenStrEnum):
    """What a call-to-action is for, used to rank and filter them; a value added later still parses."""

    FEATURE_NUDGE = "feature-nudge"
    HEALTH_CHECK = "health-check"
    INTENT_SCAFFOLD = "intent-scaffold"
    ORIENTATION = "orientation"
    TRUST_LADDER = "trust-ladder"
