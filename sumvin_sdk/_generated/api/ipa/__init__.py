"""Endpoint functions tagged `ipa`, one module per operation."""

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/user/ipa/"): "list_ipas",
    ("post", "/v0/user/ipa/"): "create_ipa",
    ("get", "/v0/user/ipa/{ipa_id}"): "get_ipa",
    ("delete", "/v0/user/ipa/{ipa_id}"): "cancel_ipa",
    ("get", "/v0/user/ipa/{ipa_id}/events"): "get_ipa_events",
    ("get", "/v0/user/ipa/{ipa_id}/allocations"): "get_ipa_allocations",
    ("put", "/v0/user/ipa/{ipa_id}/answers"): "clarify_ipa",
    ("put", "/v0/user/ipa/{ipa_id}/decision"): "approve_ipa",
    ("put", "/v0/user/ipa/{ipa_id}/conditions"): "replace_ipa_conditions",
}
