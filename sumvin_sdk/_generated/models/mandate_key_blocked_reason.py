from ..types import OpenStrEnum


class MandateKeyBlockedReason(OpenStrEnum):
    """Why mandate key setup cannot go on, such as unfinished KYC; a value added later still parses."""

    ACTIVATION_DISABLED = "activation_disabled"
    ADDRESS_CONFLICT = "address_conflict"
    CHAIN_NOT_DEPLOYABLE = "chain_not_deployable"
    KYC_NOT_VERIFIED = "kyc_not_verified"
    SAFE_NOT_DEPLOYED = "safe_not_deployed"
