"""Endpoint functions tagged `user_connectors`, one module per operation."""

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/user/connectors/"): "list_user_connectors",
    ("post", "/v0/user/connectors/"): "connect_service",
    ("get", "/v0/user/connectors/{user_connector_id}"): "get_user_connector",
    ("delete", "/v0/user/connectors/{user_connector_id}"): "disconnect_service",
    ("patch", "/v0/user/connectors/{user_connector_id}"): "update_user_connector",
}
