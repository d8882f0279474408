from ..types import OpenStrEnum


class WidgetUpdateRequestSizeType0(OpenStrEnum):
    LARGE = "large"
    MEDIUM = "medium"
    SMALL = "small"
