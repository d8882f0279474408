"""Endpoint functions tagged `insights`, one module per operation."""

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/insights/"): "list_insights",
    ("get", "/v0/insights/{insight_id}"): "get_insight",
    ("post", "/v0/insights/{insight_id}/accept"): "accept_insight",
    ("post", "/v0/insights/{insight_id}/dismiss"): "dismiss_insight",
}
