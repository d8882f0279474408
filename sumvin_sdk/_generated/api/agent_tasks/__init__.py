"""Operations tagged `agent_tasks`: one module per operation, and the resource classes
``Sumvin.agent_tasks`` and ``AsyncSumvin.agent_tasks`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Literal

    import httpx

    from ...models.trigger_agent_task_request import TriggerAgentTaskRequest, TriggerAgentTaskRequestDict
    from ...models.trigger_agent_task_response import TriggerAgentTaskResponse
    from ...models.update_agent_task_request import UpdateAgentTaskRequest, UpdateAgentTaskRequestDict
    from ...models.user_agent_task_list_response import UserAgentTaskListResponse
    from ...models.user_agent_task_response import UserAgentTaskResponse
    from ...models.user_agent_task_status import UserAgentTaskStatus
    from ...types import Unset

    pass

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


class AgentTasksResource:
    """Operations tagged `agent_tasks`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_agent_tasks(
        self,
        user_strategy_id: str,
        *,
        status: UserAgentTaskStatus
        | Literal["queued", "next", "running", "completed", "failed", "cancelled"]
        | Unset
        | None = UNSET,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        expand: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> UserAgentTaskListResponse:
        """Lists the agent tasks run for one of the user's strategies, optionally by status.

        ``GET /v0/user/strategies/{user_strategy_id}/tasks/``

        Args:
            user_strategy_id: Id of the user's enabled strategy.
            status: Only tasks in this state.
            limit: Most items to return in one page (1 to 100, 20 by default).
            offset: How many items to skip before the page starts (0 by default).
            expand: Related data to embed, any of `ipas`, `strategy`, `transactions`, `user_strategy`,
                `user_strategy.strategy` and `workflow_ipas`.

        Returns:
            UserAgentTaskListResponse: What `list_agent_tasks` and `list_all_agent_tasks` return: a user agent task.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_agent_tasks")

        return cast(
            "UserAgentTaskListResponse",
            self._caller.call(
                endpoint,
                {
                    "user_strategy_id": user_strategy_id,
                    "status": status,
                    "limit": limit,
                    "offset": offset,
                    "expand": expand,
                },
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def trigger_agent_task(
        self,
        user_strategy_id: str,
        *,
        body: TriggerAgentTaskRequest | Unset | TriggerAgentTaskRequestDict | None = UNSET,
        idempotency_key: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> TriggerAgentTaskResponse:
        """Starts an agent task for one of the user's strategies now, instead of waiting for its schedule
        or event.

        ``POST /v0/user/strategies/{user_strategy_id}/tasks/``

        Args:
            user_strategy_id: Id of the user's enabled strategy.
            body: ``None | TriggerAgentTaskRequest``: the request body
            idempotency_key: Makes retries safe: a repeat with the same key returns the first outcome instead of
                acting twice.

        Returns:
            TriggerAgentTaskResponse: What `trigger_agent_task` returns; it starts an agent task for one of the user's
                strategies now, instead of waiting for its schedule or event.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "trigger_agent_task")

        return cast(
            "TriggerAgentTaskResponse",
            self._caller.call(
                endpoint,
                {"user_strategy_id": user_strategy_id, "idempotency_key": idempotency_key, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def get_agent_task(
        self,
        user_strategy_id: str,
        task_id: str,
        *,
        expand: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> UserAgentTaskResponse:
        """Returns one agent task of a user strategy.

        ``GET /v0/user/strategies/{user_strategy_id}/tasks/{task_id}``

        Args:
            user_strategy_id: Id of the user's enabled strategy.
            task_id: Id of the agent task, as `list_agent_tasks` or `list_all_agent_tasks` give it.
            expand: Related data to embed, any of `ipas`, `pints`, `transactions` and `workflow_ipas`.

        Returns:
            UserAgentTaskResponse: What `get_agent_task`, `update_agent_task` and `get_agent_task_by_id` return: a user
                agent task.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_agent_task")

        return cast(
            "UserAgentTaskResponse",
            self._caller.call(
                endpoint,
                {"user_strategy_id": user_strategy_id, "task_id": task_id, "expand": expand},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def cancel_agent_task(
        self,
        user_strategy_id: str,
        task_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Cancels an agent task that has not finished.

        ``DELETE /v0/user/strategies/{user_strategy_id}/tasks/{task_id}``

        Args:
            user_strategy_id: Id of the user's enabled strategy.
            task_id: Id of the agent task, as `list_agent_tasks` or `list_all_agent_tasks` give it.

        Returns:
            None: Nothing: the API answers 204 with no body.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "cancel_agent_task")

        return cast(
            "None",
            self._caller.call(
                endpoint,
                {"user_strategy_id": user_strategy_id, "task_id": task_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def update_agent_task(
        self,
        user_strategy_id: str,
        task_id: str,
        *,
        body: UpdateAgentTaskRequest | UpdateAgentTaskRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> UserAgentTaskResponse:
        """Moves an agent task on to `next`, the only status a caller may set.

        ``PATCH /v0/user/strategies/{user_strategy_id}/tasks/{task_id}``

        Args:
            user_strategy_id: Id of the user's enabled strategy.
            task_id: Id of the agent task, as `list_agent_tasks` or `list_all_agent_tasks` give it.
            body: ``UpdateAgentTaskRequest``: Body of `update_agent_task`, which moves an agent task on to
                `next`, the only status a caller may set.

        Returns:
            UserAgentTaskResponse: What `get_agent_task`, `update_agent_task` and `get_agent_task_by_id` return: a user
                agent task.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "update_agent_task")

        return cast(
            "UserAgentTaskResponse",
            self._caller.call(
                endpoint,
                {"user_strategy_id": user_strategy_id, "task_id": task_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def list_all_agent_tasks(
        self,
        *,
        status: str | Unset | None = UNSET,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        expand: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> UserAgentTaskListResponse:
        """Lists the user's agent tasks across all strategies.

        ``GET /v0/user/agent-tasks/``

        Args:
            status: Only tasks in this state.
            limit: Most items to return in one page (1 to 100, 20 by default).
            offset: How many items to skip before the page starts (0 by default).
            expand: Related data to embed, any of `ipas`, `strategy`, `transactions`, `user_strategy`,
                `user_strategy.strategy` and `workflow_ipas`.

        Returns:
            UserAgentTaskListResponse: What `list_agent_tasks` and `list_all_agent_tasks` return: a user agent task.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_all_agent_tasks")

        return cast(
            "UserAgentTaskListResponse",
            self._caller.call(
                endpoint,
                {"status": status, "limit": limit, "offset": offset, "expand": expand},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def get_agent_task_by_id(
        self,
        task_id: str,
        *,
        expand: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> UserAgentTaskResponse:
        """Returns one agent task by its id, whatever strategy it belongs to.

        ``GET /v0/user/agent-tasks/{task_id}``

        Args:
            task_id: Id of the agent task, as `list_agent_tasks` or `list_all_agent_tasks` give it.
            expand: Related data to embed, any of `ipas`, `strategy`, `transactions`, `user_strategy`,
                `user_strategy.strategy` and `workflow_ipas`.

        Returns:
            UserAgentTaskResponse: What `get_agent_task`, `update_agent_task` and `get_agent_task_by_id` return: a user
                agent task.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_agent_task_by_id")

        return cast(
            "UserAgentTaskResponse",
            self._caller.call(
                endpoint,
                {"task_id": task_id, "expand": expand},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AgentTasksResourceWithRawResponse:
    """``AgentTasksResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = AgentTasksResource(caller)
        self.list_agent_tasks = raw_response(resource.list_agent_tasks)
        self.trigger_agent_task = raw_response(resource.trigger_agent_task)
        self.get_agent_task = raw_response(resource.get_agent_task)
        self.cancel_agent_task = raw_response(resource.cancel_agent_task)
        self.update_agent_task = raw_response(resource.update_agent_task)
        self.list_all_agent_tasks = raw_response(resource.list_all_agent_tasks)
        self.get_agent_task_by_id = raw_response(resource.get_agent_task_by_id)


class AsyncAgentTasksResource:
    """Operations tagged `agent_tasks`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_agent_tasks(
        self,
        user_strategy_id: str,
        *,
        status: UserAgentTaskStatus
        | Literal["queued", "next", "running", "completed", "failed", "cancelled"]
        | Unset
        | None = UNSET,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        expand: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> UserAgentTaskListResponse:
        """Lists the agent tasks run for one of the user's strategies, optionally by status.

        ``GET /v0/user/strategies/{user_strategy_id}/tasks/``

        Args:
            user_strategy_id: Id of the user's enabled strategy.
            status: Only tasks in this state.
            limit: Most items to return in one page (1 to 100, 20 by default).
            offset: How many items to skip before the page starts (0 by default).
            expand: Related data to embed, any of `ipas`, `strategy`, `transactions`, `user_strategy`,
                `user_strategy.strategy` and `workflow_ipas`.

        Returns:
            UserAgentTaskListResponse: What `list_agent_tasks` and `list_all_agent_tasks` return: a user agent task.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_agent_tasks")

        return cast(
            "UserAgentTaskListResponse",
            await self._caller.call(
                endpoint,
                {
                    "user_strategy_id": user_strategy_id,
                    "status": status,
                    "limit": limit,
                    "offset": offset,
                    "expand": expand,
                },
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def trigger_agent_task(
        self,
        user_strategy_id: str,
        *,
        body: TriggerAgentTaskRequest | Unset | TriggerAgentTaskRequestDict | None = UNSET,
        idempotency_key: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> TriggerAgentTaskResponse:
        """Starts an agent task for one of the user's strategies now, instead of waiting for its schedule
        or event.

        ``POST /v0/user/strategies/{user_strategy_id}/tasks/``

        Args:
            user_strategy_id: Id of the user's enabled strategy.
            body: ``None | TriggerAgentTaskRequest``: the request body
            idempotency_key: Makes retries safe: a repeat with the same key returns the first outcome instead of
                acting twice.

        Returns:
            TriggerAgentTaskResponse: What `trigger_agent_task` returns; it starts an agent task for one of the user's
                strategies now, instead of waiting for its schedule or event.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "trigger_agent_task")

        return cast(
            "TriggerAgentTaskResponse",
            await self._caller.call(
                endpoint,
                {"user_strategy_id": user_strategy_id, "idempotency_key": idempotency_key, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def get_agent_task(
        self,
        user_strategy_id: str,
        task_id: str,
        *,
        expand: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> UserAgentTaskResponse:
        """Returns one agent task of a user strategy.

        ``GET /v0/user/strategies/{user_strategy_id}/tasks/{task_id}``

        Args:
            user_strategy_id: Id of the user's enabled strategy.
            task_id: Id of the agent task, as `list_agent_tasks` or `list_all_agent_tasks` give it.
            expand: Related data to embed, any of `ipas`, `pints`, `transactions` and `workflow_ipas`.

        Returns:
            UserAgentTaskResponse: What `get_agent_task`, `update_agent_task` and `get_agent_task_by_id` return: a user
                agent task.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_agent_task")

        return cast(
            "UserAgentTaskResponse",
            await self._caller.call(
                endpoint,
                {"user_strategy_id": user_strategy_id, "task_id": task_id, "expand": expand},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def cancel_agent_task(
        self,
        user_strategy_id: str,
        task_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Cancels an agent task that has not finished.

        ``DELETE /v0/user/strategies/{user_strategy_id}/tasks/{task_id}``

        Args:
            user_strategy_id: Id of the user's enabled strategy.
            task_id: Id of the agent task, as `list_agent_tasks` or `list_all_agent_tasks` give it.

        Returns:
            None: Nothing: the API answers 204 with no body.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "cancel_agent_task")

        return cast(
            "None",
            await self._caller.call(
                endpoint,
                {"user_strategy_id": user_strategy_id, "task_id": task_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def update_agent_task(
        self,
        user_strategy_id: str,
        task_id: str,
        *,
        body: UpdateAgentTaskRequest | UpdateAgentTaskRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> UserAgentTaskResponse:
        """Moves an agent task on to `next`, the only status a caller may set.

        ``PATCH /v0/user/strategies/{user_strategy_id}/tasks/{task_id}``

        Args:
            user_strategy_id: Id of the user's enabled strategy.
            task_id: Id of the agent task, as `list_agent_tasks` or `list_all_agent_tasks` give it.
            body: ``UpdateAgentTaskRequest``: Body of `update_agent_task`, which moves an agent task on to
                `next`, the only status a caller may set.

        Returns:
            UserAgentTaskResponse: What `get_agent_task`, `update_agent_task` and `get_agent_task_by_id` return: a user
                agent task.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "update_agent_task")

        return cast(
            "UserAgentTaskResponse",
            await self._caller.call(
                endpoint,
                {"user_strategy_id": user_strategy_id, "task_id": task_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def list_all_agent_tasks(
        self,
        *,
        status: str | Unset | None = UNSET,
        limit: int | Unset = 20,
        offset: int | Unset = 0,
        expand: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> UserAgentTaskListResponse:
        """Lists the user's agent tasks across all strategies.

        ``GET /v0/user/agent-tasks/``

        Args:
            status: Only tasks in this state.
            limit: Most items to return in one page (1 to 100, 20 by default).
            offset: How many items to skip before the page starts (0 by default).
            expand: Related data to embed, any of `ipas`, `strategy`, `transactions`, `user_strategy`,
                `user_strategy.strategy` and `workflow_ipas`.

        Returns:
            UserAgentTaskListResponse: What `list_agent_tasks` and `list_all_agent_tasks` return: a user agent task.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_all_agent_tasks")

        return cast(
            "UserAgentTaskListResponse",
            await self._caller.call(
                endpoint,
                {"status": status, "limit": limit, "offset": offset, "expand": expand},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def get_agent_task_by_id(
        self,
        task_id: str,
        *,
        expand: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> UserAgentTaskResponse:
        """Returns one agent task by its id, whatever strategy it belongs to.

        ``GET /v0/user/agent-tasks/{task_id}``

        Args:
            task_id: Id of the agent task, as `list_agent_tasks` or `list_all_agent_tasks` give it.
            expand: Related data to embed, any of `ipas`, `strategy`, `transactions`, `user_strategy`,
                `user_strategy.strategy` and `workflow_ipas`.

        Returns:
            UserAgentTaskResponse: What `get_agent_task`, `update_agent_task` and `get_agent_task_by_id` return: a user
                agent task.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_agent_task_by_id")

        return cast(
            "UserAgentTaskResponse",
            await self._caller.call(
                endpoint,
                {"task_id": task_id, "expand": expand},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AsyncAgentTasksResourceWithRawResponse:
    """``AsyncAgentTasksResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncAgentTasksResource(caller)
        self.list_agent_tasks = async_raw_response(resource.list_agent_tasks)
        self.trigger_agent_task = async_raw_response(resource.trigger_agent_task)
        self.get_agent_task = async_raw_response(resource.get_agent_task)
        self.cancel_agent_task = async_raw_response(resource.cancel_agent_task)
        self.update_agent_task = async_raw_response(resource.update_agent_task)
        self.list_all_agent_tasks = async_raw_response(resource.list_all_agent_tasks)
        self.get_agent_task_by_id = async_raw_response(resource.get_agent_task_by_id)
