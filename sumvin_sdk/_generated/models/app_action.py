from ..types import OpenStrEnum


class AppAction(OpenStrEnum):
    """Screens an insight can open in the app; a value added later still parses."""

    CREATE_BUDGET = "create_budget"
    EXPLORE_STRATEGIES = "explore_strategies"
    OPEN_BANKING_CONNECT = "open_banking_connect"
