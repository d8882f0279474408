from ..types import OpenStrEnum


class GetAccessTokenLevelType0(OpenStrEnum):
    """Verification level the token is for: `liveness` or `passport`; the default level when omitted."""

    LIVENESS = "liveness"
    PASSPORT = "passport"
