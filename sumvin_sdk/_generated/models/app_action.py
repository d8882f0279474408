from ..types import OpenStrEnum


class AppAction(OpenStrEnum):
    """Values a app action can take."""

    CREATE_BUDGET = "create_budget"
    EXPLORE_STRATEGIES = "explore_strategies"
    OPEN_BANKING_CONNECT = "open_banking_connect"
