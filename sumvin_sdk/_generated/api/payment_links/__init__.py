"""Endpoint functions tagged `payment_links`, one module per operation."""

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/payment-links"): "list_payment_links",
    ("post", "/v0/payment-links"): "create_payment_link",
    ("get", "/v0/payment-links/{slug}"): "get_payment_link",
    ("get", "/v0/payment-links/public/{slug}"): "get_public_payment_link",
    ("get", "/pay/{slug}"): "get_payment_link_pay",
}
