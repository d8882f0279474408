"""Endpoint functions tagged `wallet_assets`, one module per operation."""

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/wallets/{wallet_id}/assets"): "list_wallet_assets",
    ("get", "/v0/wallets/{wallet_id}/assets/{symbol}/transactions"): "list_wallet_asset_transactions",
    ("get", "/v0/wallets/{wallet_id}/balances"): "get_wallet_balance_summary",
}
