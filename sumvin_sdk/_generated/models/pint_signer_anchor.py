from ..types import OpenStrEnum


class PintSignerAnchor(OpenStrEnum):
    """Possible values of a PINT signer anchor; a value added later still parses."""

    CLAIMED_WALLET = "claimed_wallet"
    REGISTERED_SAFE_OWNER = "registered_safe_owner"
