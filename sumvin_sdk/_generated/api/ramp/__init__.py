"""Endpoint functions tagged `ramp`, one module per operation."""

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/ramp/quotes"): "get_ramp_quotes",
    ("post", "/v0/ramp/sessions"): "create_ramp_session",
    ("get", "/v0/ramp/transactions"): "list_ramp_transactions",
    ("get", "/v0/ramp/transactions/{transaction_id}"): "get_ramp_transaction",
}
