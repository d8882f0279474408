from ..types import OpenStrEnum


class ExploreItemType(OpenStrEnum):
    """Possible values of an explore item type; a value added later still parses."""

    ALERT = "alert"
    AUTOMATION = "automation"
    PERPETUAL_CHECKOUT = "perpetual_checkout"
    PROMPT = "prompt"
    REBALANCE = "rebalance"
    RULE = "rule"
    SMART_DCA = "smart_dca"
    WIDGET = "widget"
