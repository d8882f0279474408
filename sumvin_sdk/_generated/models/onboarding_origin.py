from ..types import OpenStrEnum


class OnboardingOrigin(OpenStrEnum):
    AGENT = "agent"
    APP = "app"
    CLI = "cli"
