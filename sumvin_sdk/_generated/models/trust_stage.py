from ..types import OpenStrEnum


class TrustStage(OpenStrEnum):
    ABSTRACT_BUYER = "abstract-buyer"
    CONNECTED = "connected"
    FUNDED = "funded"
    NEOBANKER = "neobanker"
    OBSERVER = "observer"
    STRATEGIST = "strategist"
