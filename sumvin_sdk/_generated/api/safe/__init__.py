"""Endpoint functions tagged `safe`, one module per operation."""

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/safe/config"): "get_safe_config",
    ("post", "/v0/safe/rpc"): "send_safe_rpc",
    ("get", "/v0/safe/rpc/{user_op_hash}/status"): "get_user_operation_status",
}
