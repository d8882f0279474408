from ..types import OpenStrEnum


class ListPintsOrder(OpenStrEnum):
    ASC = "asc"
    DESC = "desc"
