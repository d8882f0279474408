from ..types import OpenStrEnum


class FundingUpdateRequestSourceType(OpenStrEnum):
    FIAT = "fiat"
    WALLET = "wallet"
