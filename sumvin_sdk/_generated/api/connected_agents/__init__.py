"""Endpoint functions tagged `connected_agents`, one module per operation."""

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/agent-identities"): "list_agent_identities",
    ("delete", "/v0/agent-identities/{external_id}"): "revoke_agent_identity",
}
