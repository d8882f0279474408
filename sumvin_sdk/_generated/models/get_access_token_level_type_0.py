from ..types import OpenStrEnum


class GetAccessTokenLevelType0(OpenStrEnum):
    LIVENESS = "liveness"
    PASSPORT = "passport"
