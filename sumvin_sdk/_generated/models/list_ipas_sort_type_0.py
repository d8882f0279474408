from ..types import OpenStrEnum


class ListIpasSortType0(OpenStrEnum):
    """Only sort values of: `created_at`, `-created_at`, `updated_at`, `-updated_at`, `status`, `-status`."""

    CREATED_AT = "created_at"
    STATUS = "status"
    UPDATED_AT = "updated_at"
    VALUE_1 = "-created_at"
    VALUE_3 = "-updated_at"
    VALUE_5 = "-status"
