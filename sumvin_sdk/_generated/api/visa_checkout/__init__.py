"""Endpoint functions tagged `visa_checkout`, one module per operation."""

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("post", "/v0/visa/checkout"): "start_checkout",
    ("get", "/v0/visa/checkout/{checkout_id}"): "get_checkout",
}
