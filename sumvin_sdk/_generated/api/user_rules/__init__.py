"""Endpoint functions tagged `user_rules`, one module per operation."""

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/user/rules/"): "list_rules",
    ("post", "/v0/user/rules/"): "create_rule",
    ("get", "/v0/user/rules/{rule_id}"): "get_rule",
    ("delete", "/v0/user/rules/{rule_id}"): "delete_rule",
    ("patch", "/v0/user/rules/{rule_id}"): "update_rule",
}
