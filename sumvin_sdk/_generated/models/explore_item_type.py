from ..types import OpenStrEnum


class ExploreItemType(OpenStrEnum):
    """Values a explore item type can take."""

    ALERT = "alert"
    AUTOMATION = "automation"
    PERPETUAL_CHECKOUT = "perpetual_checkout"
    PROMPT = "prompt"
    REBALANCE = "rebalance"
    RULE = "rule"
    SMART_DCA = "smart_dca"
    WIDGET = "widget"
