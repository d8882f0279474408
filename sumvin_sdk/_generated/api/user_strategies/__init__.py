"""Operations tagged `user_strategies`: one module per operation, and the resource classes
``Sumvin.user_strategies`` and ``AsyncSumvin.user_strategies`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from ...models.enable_strategy_request import EnableStrategyRequest, EnableStrategyRequestDict
    from ...models.update_user_strategy_request import UpdateUserStrategyRequest, UpdateUserStrategyRequestDict
    from ...models.user_strategy_list_response import UserStrategyListResponse
    from ...models.user_strategy_response import UserStrategyResponse
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/user/strategies/"): "list_user_strategies",
    ("post", "/v0/user/strategies/"): "enable_strategy",
    ("get", "/v0/user/strategies/{user_strategy_id}"): "get_user_strategy",
    ("delete", "/v0/user/strategies/{user_strategy_id}"): "disable_strategy",
    ("patch", "/v0/user/strategies/{user_strategy_id}"): "update_user_strategy",
}


class UserStrategiesResource:
    """Operations tagged `user_strategies`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_user_strategies(
        self,
        *,
        connector_id: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> UserStrategyListResponse:
        """Lists the strategies the user has enabled.

        ``GET /v0/user/strategies/``

        Args:
            connector_id: Only user strategies that use this connector.

        Returns:
            UserStrategyListResponse: What `list_user_strategies` returns; it lists the strategies the user has enabled.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_user_strategies")

        return cast(
            "UserStrategyListResponse",
            self._caller.call(
                endpoint,
                {"connector_id": connector_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def enable_strategy(
        self,
        *,
        body: EnableStrategyRequest | EnableStrategyRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> UserStrategyResponse:
        """Enables a catalogue strategy for the user with the given configuration.

        ``POST /v0/user/strategies/``

        Args:
            body: ``EnableStrategyRequest``: Body of `enable_strategy`, which enables a catalogue strategy
                for the user with the given configuration.

        Returns:
            UserStrategyResponse: What `enable_strategy`, `get_user_strategy` and `update_user_strategy` return: a user
                strategy.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "enable_strategy")

        return cast(
            "UserStrategyResponse",
            self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def get_user_strategy(
        self,
        user_strategy_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> UserStrategyResponse:
        """Returns one of the user's enabled strategies.

        ``GET /v0/user/strategies/{user_strategy_id}``

        Args:
            user_strategy_id: Id of the user's enabled strategy.

        Returns:
            UserStrategyResponse: What `enable_strategy`, `get_user_strategy` and `update_user_strategy` return: a user
                strategy.

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
        endpoint = operation_module(__name__, "get_user_strategy")

        return cast(
            "UserStrategyResponse",
            self._caller.call(
                endpoint,
                {"user_strategy_id": user_strategy_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def disable_strategy(
        self,
        user_strategy_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Disables one of the user's strategies.

        ``DELETE /v0/user/strategies/{user_strategy_id}``

        Args:
            user_strategy_id: Id of the user's enabled strategy.

        Returns:
            None: Nothing: the API answers 204 with no body.

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
        endpoint = operation_module(__name__, "disable_strategy")

        return cast(
            "None",
            self._caller.call(
                endpoint,
                {"user_strategy_id": user_strategy_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def update_user_strategy(
        self,
        user_strategy_id: str,
        *,
        body: UpdateUserStrategyRequest | UpdateUserStrategyRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> UserStrategyResponse:
        """Changes the configuration or the active state of one of the user's strategies.

        ``PATCH /v0/user/strategies/{user_strategy_id}``

        Args:
            user_strategy_id: Id of the user's enabled strategy.
            body: ``UpdateUserStrategyRequest``: Body of `update_user_strategy`, which changes the
                configuration or the active state of one of the user's strategies.

        Returns:
            UserStrategyResponse: What `enable_strategy`, `get_user_strategy` and `update_user_strategy` return: a user
                strategy.

        Raises:
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
        endpoint = operation_module(__name__, "update_user_strategy")

        return cast(
            "UserStrategyResponse",
            self._caller.call(
                endpoint,
                {"user_strategy_id": user_strategy_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class UserStrategiesResourceWithRawResponse:
    """``UserStrategiesResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = UserStrategiesResource(caller)
        self.list_user_strategies = raw_response(resource.list_user_strategies)
        self.enable_strategy = raw_response(resource.enable_strategy)
        self.get_user_strategy = raw_response(resource.get_user_strategy)
        self.disable_strategy = raw_response(resource.disable_strategy)
        self.update_user_strategy = raw_response(resource.update_user_strategy)


class AsyncUserStrategiesResource:
    """Operations tagged `user_strategies`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_user_strategies(
        self,
        *,
        connector_id: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> UserStrategyListResponse:
        """Lists the strategies the user has enabled.

        ``GET /v0/user/strategies/``

        Args:
            connector_id: Only user strategies that use this connector.

        Returns:
            UserStrategyListResponse: What `list_user_strategies` returns; it lists the strategies the user has enabled.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_user_strategies")

        return cast(
            "UserStrategyListResponse",
            await self._caller.call(
                endpoint,
                {"connector_id": connector_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def enable_strategy(
        self,
        *,
        body: EnableStrategyRequest | EnableStrategyRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> UserStrategyResponse:
        """Enables a catalogue strategy for the user with the given configuration.

        ``POST /v0/user/strategies/``

        Args:
            body: ``EnableStrategyRequest``: Body of `enable_strategy`, which enables a catalogue strategy
                for the user with the given configuration.

        Returns:
            UserStrategyResponse: What `enable_strategy`, `get_user_strategy` and `update_user_strategy` return: a user
                strategy.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "enable_strategy")

        return cast(
            "UserStrategyResponse",
            await self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def get_user_strategy(
        self,
        user_strategy_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> UserStrategyResponse:
        """Returns one of the user's enabled strategies.

        ``GET /v0/user/strategies/{user_strategy_id}``

        Args:
            user_strategy_id: Id of the user's enabled strategy.

        Returns:
            UserStrategyResponse: What `enable_strategy`, `get_user_strategy` and `update_user_strategy` return: a user
                strategy.

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
        endpoint = operation_module(__name__, "get_user_strategy")

        return cast(
            "UserStrategyResponse",
            await self._caller.call(
                endpoint,
                {"user_strategy_id": user_strategy_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def disable_strategy(
        self,
        user_strategy_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Disables one of the user's strategies.

        ``DELETE /v0/user/strategies/{user_strategy_id}``

        Args:
            user_strategy_id: Id of the user's enabled strategy.

        Returns:
            None: Nothing: the API answers 204 with no body.

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
        endpoint = operation_module(__name__, "disable_strategy")

        return cast(
            "None",
            await self._caller.call(
                endpoint,
                {"user_strategy_id": user_strategy_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def update_user_strategy(
        self,
        user_strategy_id: str,
        *,
        body: UpdateUserStrategyRequest | UpdateUserStrategyRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> UserStrategyResponse:
        """Changes the configuration or the active state of one of the user's strategies.

        ``PATCH /v0/user/strategies/{user_strategy_id}``

        Args:
            user_strategy_id: Id of the user's enabled strategy.
            body: ``UpdateUserStrategyRequest``: Body of `update_user_strategy`, which changes the
                configuration or the active state of one of the user's strategies.

        Returns:
            UserStrategyResponse: What `enable_strategy`, `get_user_strategy` and `update_user_strategy` return: a user
                strategy.

        Raises:
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
        endpoint = operation_module(__name__, "update_user_strategy")

        return cast(
            "UserStrategyResponse",
            await self._caller.call(
                endpoint,
                {"user_strategy_id": user_strategy_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AsyncUserStrategiesResourceWithRawResponse:
    """``AsyncUserStrategiesResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncUserStrategiesResource(caller)
        self.list_user_strategies = async_raw_response(resource.list_user_strategies)
        self.enable_strategy = async_raw_response(resource.enable_strategy)
        self.get_user_strategy = async_raw_response(resource.get_user_strategy)
        self.disable_strategy = async_raw_response(resource.disable_strategy)
        self.update_user_strategy = async_raw_response(resource.update_user_strategy)
