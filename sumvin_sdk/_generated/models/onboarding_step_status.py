from ..types import OpenStrEnum


class OnboardingStepStatus(OpenStrEnum):
    COMPLETED = "completed"
    CURRENT = "current"
    PENDING = "pending"
    SKIPPED = "skipped"
    SUBMITTED = "submitted"
