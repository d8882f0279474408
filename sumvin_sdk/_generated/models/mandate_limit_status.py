from ..types import OpenStrEnum


class MandateLimitStatus(OpenStrEnum):
    HEADROOM_KNOWN = "headroom_known"
    HEADROOM_UNKNOWN = "headroom_unknown"
    NO_AMOUNT_AUTHORIZED = "no_amount_authorized"
