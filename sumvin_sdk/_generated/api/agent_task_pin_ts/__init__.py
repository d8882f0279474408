"""Endpoint functions tagged `agent_task_pin_ts`, one module per operation."""

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("post", "/v0/user/strategies/{user_strategy_id}/tasks/{task_external_id}/pints/"): "link_pint_to_agent_task",
    (
        "delete",
        "/v0/user/strategies/{user_strategy_id}/tasks/{task_external_id}/pints/{pint_id}",
    ): "unlink_pint_from_agent_task",
}
