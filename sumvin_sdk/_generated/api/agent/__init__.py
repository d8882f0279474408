"""Endpoint functions tagged `agent`, one module per operation."""

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("post", "/v0/agent/token/user"): "create_user_token",
    ("delete", "/v0/agent/token"): "revoke_agent_token",
}
