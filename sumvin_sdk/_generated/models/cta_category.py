from ..types import OpenStrEnum


class CTACategory(OpenStrEnum):
    """Possible values of a CTA category; a value added later still parses."""

    FEATURE_NUDGE = "feature-nudge"
    HEALTH_CHECK = "health-check"
    INTENT_SCAFFOLD = "intent-scaffold"
    ORIENTATION = "orientation"
    TRUST_LADDER = "trust-ladder"
