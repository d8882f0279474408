"""Endpoint functions tagged `bank_linking`, one module per operation."""

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/bank-linking/institutions"): "get_institutions",
    ("post", "/v0/bank-linking/accounts/{account_id}/processor-token"): "create_bank_processor_token",
    ("get", "/v0/bank-linking/connections"): "list_bank_connections",
    ("get", "/v0/bank-linking/connections/{connection_id}"): "get_bank_connection",
    ("delete", "/v0/bank-linking/connections/{connection_id}"): "delete_bank_connection",
    ("post", "/v0/bank-linking/connections/{connection_id}/refresh"): "refresh_bank_connection",
    ("post", "/v0/bank-linking/connections/{connection_id}/repair"): "repair_bank_connection",
    ("post", "/v0/bank-linking/connections/{connection_id}/products"): "add_bank_connection_products",
    ("get", "/v0/bank-linking/accounts/{account_id}/holdings"): "list_investment_holdings",
    ("get", "/v0/bank-linking/accounts/{account_id}/investment-transactions"): "list_investment_transactions",
    ("post", "/v0/bank-linking/accounts/{account_id}/sync-investments"): "sync_investments",
}
