from ..types import OpenStrEnum


class PintSignerAnchor(OpenStrEnum):
    CLAIMED_WALLET = "claimed_wallet"
    REGISTERED_SAFE_OWNER = "registered_safe_owner"
