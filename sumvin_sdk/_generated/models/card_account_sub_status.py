from ..types import OpenStrEnum


class CardAccountSubStatus(OpenStrEnum):
    """Finer reasons behind a card's state, such as suspected fraud or a pending KYC; a value added later still parses."""

    ACTIVATION_REQUIRED = "activation_required"
    COMPLIANCE_CLOSE = "compliance_close"
    COMPLIANCE_REVIEW = "compliance_review"
    EXPIRED = "expired"
    FRAUD_CONFIRMED = "fraud_confirmed"
    FRAUD_SUSPECTED = "fraud_suspected"
    ISSUING = "issuing"
    KYC_PENDING = "kyc_pending"
    LOST = "lost"
    REINSTATED = "reinstated"
    REPLACED = "replaced"
    STOLEN = "stolen"
    VERIFIED = "verified"
    VOLUNTARY_CLOSE = "voluntary_close"
    WALLET_SUSPENDED = "wallet_suspended"
