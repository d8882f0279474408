from ..types import OpenStrEnum


class AssetType(OpenStrEnum):
    """Possible values of an asset type; a value added later still parses."""

    CRYPTO = "crypto"
    FIAT = "fiat"
