from ..types import OpenStrEnum


class CardTokenizationStatus(OpenStrEnum):
    """Possible values of a card tokenization status; a value added later still parses."""

    ENROLLED = "enrolled"
    FAILED = "failed"
    NOT_ENROLLED = "not_enrolled"
    PENDING = "pending"
    TOKENIZED = "tokenized"
