"""Operations tagged `explore`: one module per operation, and the resource classes
``Sumvin.explore`` and ``AsyncSumvin.explore`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from ...models.explore_response import ExploreResponse
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/explore/"): "get_explore",
}


class ExploreResource:
    """Operations tagged `explore`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_explore(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ExploreResponse:
        """Returns the Explore catalogue in sections by item type (strategies, prompts, widgets, rules and
        more), each item marked with whether the user can use it.

        ``GET /v0/explore/``

        Returns:
            ExploreResponse: What `get_explore` returns: the Explore catalogue: sections of strategies and connectors
                to browse.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_explore")

        return cast(
            "ExploreResponse",
            self._caller.call(
                endpoint, {}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )


class ExploreResourceWithRawResponse:
    """``ExploreResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = ExploreResource(caller)
        self.get_explore = raw_response(resource.get_explore)


class AsyncExploreResource:
    """Operations tagged `explore`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get_explore(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ExploreResponse:
        """Returns the Explore catalogue in sections by item type (strategies, prompts, widgets, rules and
        more), each item marked with whether the user can use it.

        ``GET /v0/explore/``

        Returns:
            ExploreResponse: What `get_explore` returns: the Explore catalogue: sections of strategies and connectors
                to browse.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_explore")

        return cast(
            "ExploreResponse",
            await self._caller.call(
                endpoint, {}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )


class AsyncExploreResourceWithRawResponse:
    """``AsyncExploreResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncExploreResource(caller)
        self.get_explore = async_raw_response(resource.get_explore)
