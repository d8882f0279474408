from ..types import OpenStrEnum


class CTACategory(OpenStrEnum):
    """Values a CTA category can take."""

    FEATURE_NUDGE = "feature-nudge"
    HEALTH_CHECK = "health-check"
    INTENT_SCAFFOLD = "intent-scaffold"
    ORIENTATION = "orientation"
    TRUST_LADDER = "trust-ladder"
