from ..types import OpenStrEnum


class FundingUpdateRequestSourceType(OpenStrEnum):
    """Source type of the funding update: one of `wallet`, `fiat`."""

    FIAT = "fiat"
    WALLET = "wallet"
