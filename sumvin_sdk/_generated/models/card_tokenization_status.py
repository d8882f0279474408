from ..types import OpenStrEnum


class CardTokenizationStatus(OpenStrEnum):
    ENROLLED = "enrolled"
    FAILED = "failed"
    NOT_ENROLLED = "not_enrolled"
    PENDING = "pending"
    TOKENIZED = "tokenized"
