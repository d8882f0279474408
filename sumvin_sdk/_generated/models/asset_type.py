from ..types import OpenStrEnum


class AssetType(OpenStrEnum):
    CRYPTO = "crypto"
    FIAT = "fiat"
