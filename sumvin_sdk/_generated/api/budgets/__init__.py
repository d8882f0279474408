"""Endpoint functions tagged `budgets`, one module per operation."""

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/budgets/"): "list_budgets",
    ("post", "/v0/budgets/"): "create_budget",
    ("get", "/v0/budgets/{budget_id}"): "get_budget",
    ("delete", "/v0/budgets/{budget_id}"): "delete_budget",
    ("patch", "/v0/budgets/{budget_id}"): "update_budget",
}
