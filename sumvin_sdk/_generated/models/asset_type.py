from ..types import OpenStrEnum


class AssetType(OpenStrEnum):
    """Crypto or fiat; a value added later still parses."""

    CRYPTO = "crypto"
    FIAT = "fiat"
