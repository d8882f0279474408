from ..types import OpenStrEnum


class OnboardingOrigin(OpenStrEnum):
    """Possible values of an onboarding origin; a value added later still parses."""

    AGENT = "agent"
    APP = "app"
    CLI = "cli"
