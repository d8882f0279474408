"""Endpoint functions tagged `connectors`, one module per operation."""

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/connectors/"): "list_connectors",
    ("get", "/v0/connectors/{connector_id}"): "get_connector",
}
