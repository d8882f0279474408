from ..types import OpenStrEnum


class CardTokenizationStatus(OpenStrEnum):
    """How far enabling a card for agent payments has got; a value added later still parses."""

    ENROLLED = "enrolled"
    FAILED = "failed"
    NOT_ENROLLED = "not_enrolled"
    PENDING = "pending"
    TOKENIZED = "tokenized"
