from ..types import OpenStrEnum


class PintSignerAnchor(OpenStrEnum):
    """What a mandate signature must come from: the claimed wallet or a registered owner of the Safe; a value added
    later still parses."""

    CLAIMED_WALLET = "claimed_wallet"
    REGISTERED_SAFE_OWNER = "registered_safe_owner"
