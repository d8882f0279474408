"""Endpoint functions tagged `pint`, one module per operation."""

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/pint/"): "list_pints",
    ("get", "/v0/pint/{pint_id}"): "get_pint",
    ("delete", "/v0/pint/{pint_id}"): "revoke_pint",
    ("patch", "/v0/pint/{pint_id}"): "submit_pint_signature",
    ("get", "/v0/pint/{pint_id}/tokens"): "list_pint_tokens",
    ("get", "/v0/pint/nonce"): "get_nonce",
    ("post", "/v0/pint/exchange"): "exchange_pint",
}
