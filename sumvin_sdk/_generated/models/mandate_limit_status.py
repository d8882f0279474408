from ..types import OpenStrEnum


class MandateLimitStatus(OpenStrEnum):
    """Whether a mandate allows an amount and whether what is left of it is known; a value added later still parses."""

    HEADROOM_KNOWN = "headroom_known"
    HEADROOM_UNKNOWN = "headroom_unknown"
    NO_AMOUNT_AUTHORIZED = "no_amount_authorized"
