from ..types import OpenStrEnum


class ListPintsSort(OpenStrEnum):
    """Timestamp to sort by: `created_at` (default) or `expires_at`."""

    CREATED_AT = "created_at"
    EXPIRES_AT = "expires_at"
