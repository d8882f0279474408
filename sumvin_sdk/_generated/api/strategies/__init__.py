"""Operations tagged `strategies`: one module per operation, and the resource classes
``Sumvin.strategies`` and ``AsyncSumvin.strategies`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from ...models.strategy_detail_response import StrategyDetailResponse
    from ...models.strategy_list_response import StrategyListResponse
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/strategies/"): "list_strategies",
    ("get", "/v0/strategies/{strategy_id}"): "get_strategy",
}


class StrategiesResource:
    """Operations tagged `strategies`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_strategies(
        self,
        *,
        connector_id: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> StrategyListResponse:
        """Lists the strategies the catalogue offers, each with whether the user has enabled it.

        ``GET /v0/strategies/``

        Args:
            connector_id: Only strategies that use this connector.

        Returns:
            StrategyListResponse: What `list_strategies` returns; it lists the strategies the catalogue offers, each with
                whether the user has enabled it.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_strategies")

        return cast(
            "StrategyListResponse",
            self._caller.call(
                endpoint,
                {"connector_id": connector_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def get_strategy(
        self,
        strategy_id: str,
        *,
        expand: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> StrategyDetailResponse:
        """Returns one catalogue strategy, optionally with the connectors and tools it uses.

        ``GET /v0/strategies/{strategy_id}``

        Args:
            strategy_id: Id of the catalogue strategy.
            expand: Related data to embed: `connectors`, `tools`.

        Returns:
            StrategyDetailResponse: What `get_strategy` returns: one catalogue strategy, optionally with the connectors and
                tools it uses.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_strategy")

        return cast(
            "StrategyDetailResponse",
            self._caller.call(
                endpoint,
                {"strategy_id": strategy_id, "expand": expand},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class StrategiesResourceWithRawResponse:
    """``StrategiesResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = StrategiesResource(caller)
        self.list_strategies = raw_response(resource.list_strategies)
        self.get_strategy = raw_response(resource.get_strategy)


class AsyncStrategiesResource:
    """Operations tagged `strategies`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_strategies(
        self,
        *,
        connector_id: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> StrategyListResponse:
        """Lists the strategies the catalogue offers, each with whether the user has enabled it.

        ``GET /v0/strategies/``

        Args:
            connector_id: Only strategies that use this connector.

        Returns:
            StrategyListResponse: What `list_strategies` returns; it lists the strategies the catalogue offers, each with
                whether the user has enabled it.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_strategies")

        return cast(
            "StrategyListResponse",
            await self._caller.call(
                endpoint,
                {"connector_id": connector_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def get_strategy(
        self,
        strategy_id: str,
        *,
        expand: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> StrategyDetailResponse:
        """Returns one catalogue strategy, optionally with the connectors and tools it uses.

        ``GET /v0/strategies/{strategy_id}``

        Args:
            strategy_id: Id of the catalogue strategy.
            expand: Related data to embed: `connectors`, `tools`.

        Returns:
            StrategyDetailResponse: What `get_strategy` returns: one catalogue strategy, optionally with the connectors and
                tools it uses.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_strategy")

        return cast(
            "StrategyDetailResponse",
            await self._caller.call(
                endpoint,
                {"strategy_id": strategy_id, "expand": expand},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AsyncStrategiesResourceWithRawResponse:
    """``AsyncStrategiesResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncStrategiesResource(caller)
        self.list_strategies = async_raw_response(resource.list_strategies)
        self.get_strategy = async_raw_response(resource.get_strategy)
