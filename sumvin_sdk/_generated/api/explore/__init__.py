"""Operations tagged `explore`: one module per operation, and the resource classes
``Sumvin.explore`` and ``AsyncSumvin.explore`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import AsyncCaller, Caller, async_raw_response, raw_response

if TYPE_CHECKING:
    from ...models.explore_response import ExploreResponse

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/explore/"): "get_explore",
}


class ExploreResource:
    """Operations tagged `explore`; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_explore(
        self,
    ) -> ExploreResponse:
        """Returns the Explore catalogue: sections of strategies and connectors to browse.

        ``GET /v0/explore/``

        Returns:
            ExploreResponse: Response carrying a explore.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        from . import get_explore as endpoint

        return cast("ExploreResponse", self._caller.call(endpoint, {}))


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
    ) -> ExploreResponse:
        """Returns the Explore catalogue: sections of strategies and connectors to browse.

        ``GET /v0/explore/``

        Returns:
            ExploreResponse: Response carrying a explore.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        from . import get_explore as endpoint

        return cast("ExploreResponse", await self._caller.call(endpoint, {}))


class AsyncExploreResourceWithRawResponse:
    """``AsyncExploreResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncExploreResource(caller)
        self.get_explore = async_raw_response(resource.get_explore)
