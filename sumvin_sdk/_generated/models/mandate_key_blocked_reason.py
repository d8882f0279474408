from ..types import OpenStrEnum


class MandateKeyBlockedReason(OpenStrEnum):
    """Possible values of a mandate key blocked reason; a value added later still parses."""

    ACTIVATION_DISABLED = "activation_disabled"
    ADDRESS_CONFLICT = "address_conflict"
    CHAIN_NOT_DEPLOYABLE = "chain_not_deployable"
    KYC_NOT_VERIFIED = "kyc_not_verified"
    SAFE_NOT_DEPLOYED = "safe_not_deployed"
