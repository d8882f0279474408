from ..types import OpenStrEnum


class MandateLimitStatus(OpenStrEnum):
    """Possible values of a mandate limit status; a value added later still parses."""

    HEADROOM_KNOWN = "headroom_known"
    HEADROOM_UNKNOWN = "headroom_unknown"
    NO_AMOUNT_AUTHORIZED = "no_amount_authorized"
