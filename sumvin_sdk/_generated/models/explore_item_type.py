from ..types import OpenStrEnum


class ExploreItemType(OpenStrEnum):
    """What an Explore item offers, which also names its catalogue section; a value added later still parses."""

    ALERT = "alert"
    AUTOMATION = "automation"
    PERPETUAL_CHECKOUT = "perpetual_checkout"
    PROMPT = "prompt"
    REBALANCE = "rebalance"
    RULE = "rule"
    SMART_DCA = "smart_dca"
    WIDGET = "widget"
