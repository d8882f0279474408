"""Endpoint functions tagged `cli`, one module per operation."""

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/cli/config"): "get_cli_config",
    ("post", "/v0/cli/device-codes"): "create_device_code",
    ("get", "/v0/cli/device-codes/{device_code}"): "poll_device_code",
    ("post", "/v0/cli/device-codes/{device_code}/approval"): "approve_device_code",
    ("delete", "/v0/cli/device-codes/{device_code}/approval"): "deny_device_code",
    ("get", "/v0/cli/personal-access-tokens"): "list_personal_access_tokens",
    ("post", "/v0/cli/personal-access-tokens"): "exchange_device_code",
    ("delete", "/v0/cli/personal-access-tokens/{id}"): "revoke_personal_access_token",
}
