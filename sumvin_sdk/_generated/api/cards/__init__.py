"""Endpoint functions tagged `cards`, one module per operation."""

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/card/"): "list_cards",
    ("post", "/v0/card/"): "create_card",
    ("get", "/v0/card/{card_id}"): "get_card",
    ("post", "/v0/card/{card_id}/freeze"): "freeze_card",
    ("post", "/v0/card/{card_id}/unfreeze"): "unfreeze_card",
    ("post", "/v0/card/{card_id}/lost"): "report_lost_card",
    ("post", "/v0/card/{card_id}/stolen"): "report_stolen_card",
    ("post", "/v0/card/{card_id}/activate"): "activate_card",
    ("post", "/v0/card/{card_id}/tokenize"): "tokenize_card",
}
