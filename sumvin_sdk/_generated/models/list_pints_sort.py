from ..types import OpenStrEnum


class ListPintsSort(OpenStrEnum):
    CREATED_AT = "created_at"
    EXPIRES_AT = "expires_at"
