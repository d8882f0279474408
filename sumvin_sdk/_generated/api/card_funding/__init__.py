"""Endpoint functions tagged `card_funding`, one module per operation."""

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/card/{card_id}/funding"): "get_card_funding",
    ("put", "/v0/card/{card_id}/funding"): "update_card_funding",
}
