"""Endpoint functions tagged `merchants`, one module per operation."""

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/ucp/merchants"): "search_merchants",
    ("get", "/v0/ucp/merchants/{merchant}"): "get_merchant",
}
