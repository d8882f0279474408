from ..types import OpenStrEnum


class OnboardingStepStatus(OpenStrEnum):
    """Values a onboarding step status can take."""

    COMPLETED = "completed"
    CURRENT = "current"
    PENDING = "pending"
    SKIPPED = "skipped"
    SUBMITTED = "submitted"
