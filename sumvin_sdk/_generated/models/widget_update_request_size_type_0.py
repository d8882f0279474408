from ..types import OpenStrEnum


class WidgetUpdateRequestSizeType0(OpenStrEnum):
    """Size of the widget update: one of `small`, `medium`, `large`."""

    LARGE = "large"
    MEDIUM = "medium"
    SMALL = "small"
