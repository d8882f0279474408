from ..types import OpenStrEnum


class SafeOnboardingMode(OpenStrEnum):
    """Values a safe onboarding mode can take."""

    AGENT_CREATE2 = "agent_create2"
    BYO = "byo"
    USER_SIGNED_DEPLOY = "user_signed_deploy"
