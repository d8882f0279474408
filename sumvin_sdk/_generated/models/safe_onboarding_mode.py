from ..types import OpenStrEnum


class SafeOnboardingMode(OpenStrEnum):
    """Ways the user's Safe is set up during onboarding; a value added later still parses."""

    AGENT_CREATE2 = "agent_create2"
    BYO = "byo"
    USER_SIGNED_DEPLOY = "user_signed_deploy"
