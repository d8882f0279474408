from ..types import OpenStrEnum


class TrustStage(OpenStrEnum):
    """Possible values of a trust stage; a value added later still parses."""

    ABSTRACT_BUYER = "abstract-buyer"
    CONNECTED = "connected"
    FUNDED = "funded"
    NEOBANKER = "neobanker"
    OBSERVER = "observer"
    STRATEGIST = "strategist"
