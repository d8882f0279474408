from ..types import OpenStrEnum


class ListPintsOrder(OpenStrEnum):
    """Sort direction: `desc` (default) or `asc`."""

    ASC = "asc"
    DESC = "desc"
