"""Endpoint functions tagged `agent_tasks`, one module per operation."""

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/user/strategies/{user_strategy_id}/tasks/"): "list_agent_tasks",
    ("post", "/v0/user/strategies/{user_strategy_id}/tasks/"): "trigger_agent_task",
    ("get", "/v0/user/strategies/{user_strategy_id}/tasks/{task_id}"): "get_agent_task",
    ("delete", "/v0/user/strategies/{user_strategy_id}/tasks/{task_id}"): "cancel_agent_task",
    ("patch", "/v0/user/strategies/{user_strategy_id}/tasks/{task_id}"): "update_agent_task",
    ("get", "/v0/user/agent-tasks/"): "list_all_agent_tasks",
    ("get", "/v0/user/agent-tasks/{task_id}"): "get_agent_task_by_id",
}
