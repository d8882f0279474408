"""Operations tagged `providers`: one module per operation, and the resource classes
``Sumvin.providers`` and ``AsyncSumvin.providers`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import AsyncCaller, Caller, async_raw_response, raw_response

if TYPE_CHECKING:
    from ...models.provider_response import ProviderResponse

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/providers"): "get_provider",
}


class ProvidersResource:
    """Operations tagged `providers`; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_provider(
        self,
        *,
        action: str,
    ) -> ProviderResponse:
        """Returns which provider serves an action, such as linking or ramping, for this user.

        ``GET /v0/providers``

        Args:
            action: Only items whose action matches this.

        Returns:
            ProviderResponse: Response carrying a provider.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        from . import get_provider as endpoint

        return cast("ProviderResponse", self._caller.call(endpoint, {"action": action}))


class ProvidersResourceWithRawResponse:
    """``ProvidersResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = ProvidersResource(caller)
        self.get_provider = raw_response(resource.get_provider)


class AsyncProvidersResource:
    """Operations tagged `providers`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get_provider(
        self,
        *,
        action: str,
    ) -> ProviderResponse:
        """Returns which provider serves an action, such as linking or ramping, for this user.

        ``GET /v0/providers``

        Args:
            action: Only items whose action matches this.

        Returns:
            ProviderResponse: Response carrying a provider.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        from . import get_provider as endpoint

        return cast("ProviderResponse", await self._caller.call(endpoint, {"action": action}))


class AsyncProvidersResourceWithRawResponse:
    """``AsyncProvidersResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncProvidersResource(caller)
        self.get_provider = async_raw_response(resource.get_provider)
