from ..types import OpenStrEnum


class OnboardingOrigin(OpenStrEnum):
    """Where an account is being created: the app, the CLI or an agent; a value added later still parses."""

    AGENT = "agent"
    APP = "app"
    CLI = "cli"
