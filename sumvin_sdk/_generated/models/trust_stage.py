from ..types import OpenStrEnum


class TrustStage(OpenStrEnum):
    """Stages of the user's trust journey, which calls-to-action aim at; a value added later still parses."""

    ABSTRACT_BUYER = "abstract-buyer"
    CONNECTED = "connected"
    FUNDED = "funded"
    NEOBANKER = "neobanker"
    OBSERVER = "observer"
    STRATEGIST = "strategist"
