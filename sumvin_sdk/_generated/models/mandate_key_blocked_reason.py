from ..types import OpenStrEnum


class MandateKeyBlockedReason(OpenStrEnum):
    """Values a mandate key blocked reason can take."""

    ACTIVATION_DISABLED = "activation_disabled"
    ADDRESS_CONFLICT = "address_conflict"
    CHAIN_NOT_DEPLOYABLE = "chain_not_deployable"
    KYC_NOT_VERIFIED = "kyc_not_verified"
    SAFE_NOT_DEPLOYED = "safe_not_deployed"
