"""Endpoint functions tagged `accounts`, one module per operation."""

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/accounts/link/config"): "get_link_config",
    ("post", "/v0/accounts/link"): "initiate_link",
    ("get", "/v0/accounts/"): "list_accounts",
    ("get", "/v0/accounts/{account_id}"): "get_account",
    ("delete", "/v0/accounts/{account_id}"): "delete_account",
    ("patch", "/v0/accounts/{account_id}"): "update_account",
    ("post", "/v0/accounts/{account_id}/sync"): "sync_account",
}
