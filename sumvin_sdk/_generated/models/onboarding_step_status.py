from ..types import OpenStrEnum


class OnboardingStepStatus(OpenStrEnum):
    """State of one onboarding step for the user; a value added later still parses."""

    COMPLETED = "completed"
    CURRENT = "current"
    PENDING = "pending"
    SKIPPED = "skipped"
    SUBMITTED = "submitted"
