from ..types import OpenStrEnum


class OnboardingStep(OpenStrEnum):
    """The onboarding steps in order, from account creation to `complete`; a value added later still parses."""

    BYO_SAFE = "byo_safe"
    CARD_SETUP = "card_setup"
    COMPLETE = "complete"
    CREATED = "created"
    FEATURE_SELECTION = "feature_selection"
    KYC_VERIFICATION = "kyc_verification"
    OPEN_BANKING = "open_banking"
    PHONE_VERIFICATION = "phone_verification"
    SAFE_DEPLOY = "safe_deploy"
