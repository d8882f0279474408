"""Endpoint functions tagged `wallets`, one module per operation."""

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/wallets/"): "list_wallets",
    ("post", "/v0/wallets/"): "create_wallet",
    ("get", "/v0/wallets/{wallet_id}"): "get_wallet",
    ("delete", "/v0/wallets/{wallet_id}"): "delete_wallet",
    ("patch", "/v0/wallets/{wallet_id}"): "update_wallet",
    ("post", "/v0/wallets/{wallet_id}/signers"): "register_wallet_signer",
}
