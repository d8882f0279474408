"""Endpoint functions tagged `widgets`, one module per operation."""

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/widgets/"): "list_widgets",
    ("post", "/v0/widgets/"): "create_widget",
    ("get", "/v0/widgets/{widget_id}"): "get_widget",
    ("delete", "/v0/widgets/{widget_id}"): "delete_widget",
    ("patch", "/v0/widgets/{widget_id}"): "update_widget",
    ("put", "/v0/widgets/reorder"): "reorder_widgets",
}
