"""Endpoint functions tagged `mandates`, one module per operation."""

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/mandate-ceremonies/current"): "read_mandate_ceremony",
    ("get", "/v0/mandate-ceremonies/current/status"): "read_mandate_ceremony_status",
    ("put", "/v0/mandate-ceremonies/current/decision"): "decide_mandate_ceremony",
}
