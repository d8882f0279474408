"""Operations tagged `agent_task_pin_ts`: one module per operation, and the resource classes
``Sumvin.agent_task_pin_ts`` and ``AsyncSumvin.agent_task_pin_ts`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from ...models.agent_task_pint_link_response import AgentTaskPintLinkResponse
    from ...models.link_pint_request import LinkPintRequest, LinkPintRequestDict
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("post", "/v0/user/strategies/{user_strategy_id}/tasks/{task_external_id}/pints/"): "link_pint_to_agent_task",
    (
        "delete",
        "/v0/user/strategies/{user_strategy_id}/tasks/{task_external_id}/pints/{pint_id}",
    ): "unlink_pint_from_agent_task",
}


class AgentTaskPinTsResource:
    """Operations tagged `agent_task_pin_ts`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def link_pint_to_agent_task(
        self,
        user_strategy_id: str,
        task_external_id: str,
        *,
        body: LinkPintRequest | LinkPintRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AgentTaskPintLinkResponse:
        """Associates a purchase intent (PINT) with an agent task; 208 when the link already existed.

        ``POST /v0/user/strategies/{user_strategy_id}/tasks/{task_external_id}/pints/``

        Args:
            user_strategy_id: Id of the user's enabled strategy.
            task_external_id: Id of the agent task, as `list_agent_tasks` gives it.
            body: ``LinkPintRequest``: Body of `link_pint_to_agent_task`, which associates a purchase
                intent (PINT) with an agent task; 208 when the link already existed.

        Returns:
            AgentTaskPintLinkResponse: What `link_pint_to_agent_task` returns; it associates a purchase intent (PINT) with an
                agent task; 208 when the link already existed.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "link_pint_to_agent_task")

        return cast(
            "AgentTaskPintLinkResponse",
            self._caller.call(
                endpoint,
                {"user_strategy_id": user_strategy_id, "task_external_id": task_external_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def unlink_pint_from_agent_task(
        self,
        user_strategy_id: str,
        task_external_id: str,
        pint_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes the association between a purchase intent and an agent task.

        ``DELETE /v0/user/strategies/{user_strategy_id}/tasks/{task_external_id}/pints/{pint_id}``

        Args:
            user_strategy_id: Id of the user's enabled strategy.
            task_external_id: Id of the agent task, as `list_agent_tasks` gives it.
            pint_id: Id of the purchase intent (PINT).

        Returns:
            None: Nothing: the API answers 204 with no body.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "unlink_pint_from_agent_task")

        return cast(
            "None",
            self._caller.call(
                endpoint,
                {"user_strategy_id": user_strategy_id, "task_external_id": task_external_id, "pint_id": pint_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AgentTaskPinTsResourceWithRawResponse:
    """``AgentTaskPinTsResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = AgentTaskPinTsResource(caller)
        self.link_pint_to_agent_task = raw_response(resource.link_pint_to_agent_task)
        self.unlink_pint_from_agent_task = raw_response(resource.unlink_pint_from_agent_task)


class AsyncAgentTaskPinTsResource:
    """Operations tagged `agent_task_pin_ts`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def link_pint_to_agent_task(
        self,
        user_strategy_id: str,
        task_external_id: str,
        *,
        body: LinkPintRequest | LinkPintRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AgentTaskPintLinkResponse:
        """Associates a purchase intent (PINT) with an agent task; 208 when the link already existed.

        ``POST /v0/user/strategies/{user_strategy_id}/tasks/{task_external_id}/pints/``

        Args:
            user_strategy_id: Id of the user's enabled strategy.
            task_external_id: Id of the agent task, as `list_agent_tasks` gives it.
            body: ``LinkPintRequest``: Body of `link_pint_to_agent_task`, which associates a purchase
                intent (PINT) with an agent task; 208 when the link already existed.

        Returns:
            AgentTaskPintLinkResponse: What `link_pint_to_agent_task` returns; it associates a purchase intent (PINT) with an
                agent task; 208 when the link already existed.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "link_pint_to_agent_task")

        return cast(
            "AgentTaskPintLinkResponse",
            await self._caller.call(
                endpoint,
                {"user_strategy_id": user_strategy_id, "task_external_id": task_external_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def unlink_pint_from_agent_task(
        self,
        user_strategy_id: str,
        task_external_id: str,
        pint_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes the association between a purchase intent and an agent task.

        ``DELETE /v0/user/strategies/{user_strategy_id}/tasks/{task_external_id}/pints/{pint_id}``

        Args:
            user_strategy_id: Id of the user's enabled strategy.
            task_external_id: Id of the agent task, as `list_agent_tasks` gives it.
            pint_id: Id of the purchase intent (PINT).

        Returns:
            None: Nothing: the API answers 204 with no body.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "unlink_pint_from_agent_task")

        return cast(
            "None",
            await self._caller.call(
                endpoint,
                {"user_strategy_id": user_strategy_id, "task_external_id": task_external_id, "pint_id": pint_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AsyncAgentTaskPinTsResourceWithRawResponse:
    """``AsyncAgentTaskPinTsResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncAgentTaskPinTsResource(caller)
        self.link_pint_to_agent_task = async_raw_response(resource.link_pint_to_agent_task)
        self.unlink_pint_from_agent_task = async_raw_response(resource.unlink_pint_from_agent_task)
