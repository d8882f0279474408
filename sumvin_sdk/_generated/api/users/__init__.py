"""Endpoint functions tagged `users`, one module per operation."""

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/users/username/{username}"): "resolve_username",
}
