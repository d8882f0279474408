from ..types import OpenStrEnum


class OnboardingStep(OpenStrEnum):
    """Possible values of an onboarding step; a value added later still parses."""

    BYO_SAFE = "byo_safe"
    CARD_SETUP = "card_setup"
    COMPLETE = "complete"
    CREATED = "created"
    FEATURE_SELECTION = "feature_selection"
    KYC_VERIFICATION = "kyc_verification"
    OPEN_BANKING = "open_banking"
    PHONE_VERIFICATION = "phone_verification"
    SAFE_DEPLOY = "safe_deploy"
