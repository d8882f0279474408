from ..types import OpenStrEnum


class OnboardingStepStatus(OpenStrEnum):
    """Possible values of an onboarding step status; a value added later still parses."""

    COMPLETED = "completed"
    CURRENT = "current"
    PENDING = "pending"
    SKIPPED = "skipped"
    SUBMITTED = "submitted"
