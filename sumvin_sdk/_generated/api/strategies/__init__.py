"""Endpoint functions tagged `strategies`, one module per operation."""

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/strategies/"): "list_strategies",
    ("get", "/v0/strategies/{strategy_id}"): "get_strategy",
}
