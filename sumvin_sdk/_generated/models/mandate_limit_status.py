from ..types import OpenStrEnum


class MandateLimitStatus(OpenStrEnum):
    """Values a mandate limit status can take."""

    HEADROOM_KNOWN = "headroom_known"
    HEADROOM_UNKNOWN = "headroom_unknown"
    NO_AMOUNT_AUTHORIZED = "no_amount_authorized"
