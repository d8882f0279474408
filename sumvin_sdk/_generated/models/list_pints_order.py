from ..types import OpenStrEnum


class ListPintsOrder(OpenStrEnum):
    """Only order values of: `asc`, `desc`."""

    ASC = "asc"
    DESC = "desc"
