"""Endpoint functions tagged `siwe_auth`, one module per operation."""

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/auth/siwe/challenge"): "get_challenge",
    ("post", "/v0/auth/siwe/verify"): "verify_and_create_wallet",
}
