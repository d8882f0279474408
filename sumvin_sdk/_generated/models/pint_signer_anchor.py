from ..types import OpenStrEnum


class PintSignerAnchor(OpenStrEnum):
    """Values a PINT signer anchor can take."""

    CLAIMED_WALLET = "claimed_wallet"
    REGISTERED_SAFE_OWNER = "registered_safe_owner"
