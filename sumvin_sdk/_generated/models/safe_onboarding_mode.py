from ..types import OpenStrEnum


class SafeOnboardingMode(OpenStrEnum):
    """Possible values of a safe onboarding mode; a value added later still parses."""

    AGENT_CREATE2 = "agent_create2"
    BYO = "byo"
    USER_SIGNED_DEPLOY = "user_signed_deploy"
