from ..types import OpenStrEnum


class TrustStage(OpenStrEnum):
    """Values a trust stage can take."""

    ABSTRACT_BUYER = "abstract-buyer"
    CONNECTED = "connected"
    FUNDED = "funded"
    NEOBANKER = "neobanker"
    OBSERVER = "observer"
    STRATEGIST = "strategist"
