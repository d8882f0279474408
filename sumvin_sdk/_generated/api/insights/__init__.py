"""Operations tagged `insights`: one module per operation, and the resource classes
``Sumvin.insights`` and ``AsyncSumvin.insights`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from ...models.insight_list_response import InsightListResponse
    from ...models.insight_response import InsightResponse
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/insights/"): "list_insights",
    ("get", "/v0/insights/{insight_id}"): "get_insight",
    ("post", "/v0/insights/{insight_id}/accept"): "accept_insight",
    ("post", "/v0/insights/{insight_id}/dismiss"): "dismiss_insight",
}


class InsightsResource:
    """Operations tagged `insights`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_insights(
        self,
        *,
        call_to_action: bool | Unset | None = UNSET,
        status: str | Unset | None = UNSET,
        user_strategy_id: str | Unset | None = UNSET,
        user_agent_task_id: str | Unset | None = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> InsightListResponse:
        """Lists insights generated for the user, optionally only those with a call to action or from one
        strategy or task.

        ``GET /v0/insights/``

        Args:
            call_to_action: `True` for insights that ask the user to act, `False` for the others.
            status: Only insights in this state: `pending`, `accepted`, `dismissed` or `expired`.
            user_strategy_id: Only insights produced by this user strategy.
            user_agent_task_id: Only insights produced by this agent task.
            offset: How many items to skip before the page starts (0 by default).
            limit: Most items to return in one page (1 to 100, 20 by default).

        Returns:
            InsightListResponse: What `list_insights` returns; it lists insights generated for the user, optionally only
                those with a call to action or from one strategy or task.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_insights")

        return cast(
            "InsightListResponse",
            self._caller.call(
                endpoint,
                {
                    "call_to_action": call_to_action,
                    "status": status,
                    "user_strategy_id": user_strategy_id,
                    "user_agent_task_id": user_agent_task_id,
                    "offset": offset,
                    "limit": limit,
                },
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def get_insight(
        self,
        insight_id: str,
        *,
        expand: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> InsightResponse:
        """Returns one insight, optionally with the transactions it is about.

        ``GET /v0/insights/{insight_id}``

        Args:
            insight_id: Id of the insight, as `list_insights` gives it.
            expand: Related data to embed: `transactions`.

        Returns:
            InsightResponse: What `get_insight`, `accept_insight` and `dismiss_insight` return: an insight.

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
        endpoint = operation_module(__name__, "get_insight")

        return cast(
            "InsightResponse",
            self._caller.call(
                endpoint,
                {"insight_id": insight_id, "expand": expand},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def accept_insight(
        self,
        insight_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> InsightResponse:
        """Marks an insight as accepted, acting on its suggestion.

        ``POST /v0/insights/{insight_id}/accept``

        Args:
            insight_id: Id of the insight, as `list_insights` gives it.

        Returns:
            InsightResponse: What `get_insight`, `accept_insight` and `dismiss_insight` return: an insight.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 503, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "accept_insight")

        return cast(
            "InsightResponse",
            self._caller.call(
                endpoint,
                {"insight_id": insight_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def dismiss_insight(
        self,
        insight_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> InsightResponse:
        """Marks an insight as dismissed so it is no longer shown.

        ``POST /v0/insights/{insight_id}/dismiss``

        Args:
            insight_id: Id of the insight, as `list_insights` gives it.

        Returns:
            InsightResponse: What `get_insight`, `accept_insight` and `dismiss_insight` return: an insight.

        Raises:
            BadRequestError: 400, the request was malformed.
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
        endpoint = operation_module(__name__, "dismiss_insight")

        return cast(
            "InsightResponse",
            self._caller.call(
                endpoint,
                {"insight_id": insight_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class InsightsResourceWithRawResponse:
    """``InsightsResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = InsightsResource(caller)
        self.list_insights = raw_response(resource.list_insights)
        self.get_insight = raw_response(resource.get_insight)
        self.accept_insight = raw_response(resource.accept_insight)
        self.dismiss_insight = raw_response(resource.dismiss_insight)


class AsyncInsightsResource:
    """Operations tagged `insights`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_insights(
        self,
        *,
        call_to_action: bool | Unset | None = UNSET,
        status: str | Unset | None = UNSET,
        user_strategy_id: str | Unset | None = UNSET,
        user_agent_task_id: str | Unset | None = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> InsightListResponse:
        """Lists insights generated for the user, optionally only those with a call to action or from one
        strategy or task.

        ``GET /v0/insights/``

        Args:
            call_to_action: `True` for insights that ask the user to act, `False` for the others.
            status: Only insights in this state: `pending`, `accepted`, `dismissed` or `expired`.
            user_strategy_id: Only insights produced by this user strategy.
            user_agent_task_id: Only insights produced by this agent task.
            offset: How many items to skip before the page starts (0 by default).
            limit: Most items to return in one page (1 to 100, 20 by default).

        Returns:
            InsightListResponse: What `list_insights` returns; it lists insights generated for the user, optionally only
                those with a call to action or from one strategy or task.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_insights")

        return cast(
            "InsightListResponse",
            await self._caller.call(
                endpoint,
                {
                    "call_to_action": call_to_action,
                    "status": status,
                    "user_strategy_id": user_strategy_id,
                    "user_agent_task_id": user_agent_task_id,
                    "offset": offset,
                    "limit": limit,
                },
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def get_insight(
        self,
        insight_id: str,
        *,
        expand: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> InsightResponse:
        """Returns one insight, optionally with the transactions it is about.

        ``GET /v0/insights/{insight_id}``

        Args:
            insight_id: Id of the insight, as `list_insights` gives it.
            expand: Related data to embed: `transactions`.

        Returns:
            InsightResponse: What `get_insight`, `accept_insight` and `dismiss_insight` return: an insight.

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
        endpoint = operation_module(__name__, "get_insight")

        return cast(
            "InsightResponse",
            await self._caller.call(
                endpoint,
                {"insight_id": insight_id, "expand": expand},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def accept_insight(
        self,
        insight_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> InsightResponse:
        """Marks an insight as accepted, acting on its suggestion.

        ``POST /v0/insights/{insight_id}/accept``

        Args:
            insight_id: Id of the insight, as `list_insights` gives it.

        Returns:
            InsightResponse: What `get_insight`, `accept_insight` and `dismiss_insight` return: an insight.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 503, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "accept_insight")

        return cast(
            "InsightResponse",
            await self._caller.call(
                endpoint,
                {"insight_id": insight_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def dismiss_insight(
        self,
        insight_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> InsightResponse:
        """Marks an insight as dismissed so it is no longer shown.

        ``POST /v0/insights/{insight_id}/dismiss``

        Args:
            insight_id: Id of the insight, as `list_insights` gives it.

        Returns:
            InsightResponse: What `get_insight`, `accept_insight` and `dismiss_insight` return: an insight.

        Raises:
            BadRequestError: 400, the request was malformed.
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
        endpoint = operation_module(__name__, "dismiss_insight")

        return cast(
            "InsightResponse",
            await self._caller.call(
                endpoint,
                {"insight_id": insight_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AsyncInsightsResourceWithRawResponse:
    """``AsyncInsightsResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncInsightsResource(caller)
        self.list_insights = async_raw_response(resource.list_insights)
        self.get_insight = async_raw_response(resource.get_insight)
        self.accept_insight = async_raw_response(resource.accept_insight)
        self.dismiss_insight = async_raw_response(resource.dismiss_insight)
