from ..types import OpenStrEnum


class ListPintsSort(OpenStrEnum):
    """Only sort values of: `created_at`, `expires_at`."""

    CREATED_AT = "created_at"
    EXPIRES_AT = "expires_at"
