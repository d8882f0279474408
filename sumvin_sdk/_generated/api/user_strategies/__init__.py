"""Endpoint functions tagged `user_strategies`, one module per operation."""

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/user/strategies/"): "list_user_strategies",
    ("post", "/v0/user/strategies/"): "enable_strategy",
    ("get", "/v0/user/strategies/{user_strategy_id}"): "get_user_strategy",
    ("delete", "/v0/user/strategies/{user_strategy_id}"): "disable_strategy",
    ("patch", "/v0/user/strategies/{user_strategy_id}"): "update_user_strategy",
}
