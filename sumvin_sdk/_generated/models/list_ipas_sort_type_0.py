from ..types import OpenStrEnum


class ListIpasSortType0(OpenStrEnum):
    """Member to sort by: `created_at`, `updated_at` or `status`; a leading `-` sorts descending."""

    CREATED_AT = "created_at"
    STATUS = "status"
    UPDATED_AT = "updated_at"
    VALUE_1 = "-created_at"
    VALUE_3 = "-updated_at"
    VALUE_5 = "-status"
