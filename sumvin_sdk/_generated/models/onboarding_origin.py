from ..types import OpenStrEnum


class OnboardingOrigin(OpenStrEnum):
    """Values a onboarding origin can take."""

    AGENT = "agent"
    APP = "app"
    CLI = "cli"
