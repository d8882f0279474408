from ..types import OpenStrEnum


class AssetType(OpenStrEnum):
    """Values a asset type can take."""

    CRYPTO = "crypto"
    FIAT = "fiat"
