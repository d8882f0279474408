from ..types import OpenStrEnum


class GetAccessTokenLevelType0(OpenStrEnum):
    """Only level values of: `liveness`, `passport`."""

    LIVENESS = "liveness"
    PASSPORT = "passport"
