"""Endpoint functions tagged `transactions`, one module per operation."""

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/transactions/"): "list_transactions",
    ("get", "/v0/transactions/{transaction_id}"): "get_transaction",
}
