from ..types import OpenStrEnum


class CardTokenizationStatus(OpenStrEnum):
    """Values a card tokenization status can take."""

    ENROLLED = "enrolled"
    FAILED = "failed"
    NOT_ENROLLED = "not_enrolled"
    PENDING = "pending"
    TOKENIZED = "tokenized"
