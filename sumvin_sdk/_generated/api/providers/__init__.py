"""Operations tagged `providers`: one module per operation, and the resource classes
``Sumvin.providers`` and ``AsyncSumvin.providers`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from ...models.provider_response import ProviderResponse
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/providers"): "get_provider",
}


class ProvidersResource:
    """Operations tagged `providers`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_provider(
        self,
        *,
        action: str,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ProviderResponse:
        """Returns which provider serves an action, such as linking or ramping, for this user.

        ``GET /v0/providers``

        Args:
            action: What the provider is needed for, such as `link` or `ramp`.

        Returns:
            ProviderResponse: What `get_provider` returns: which provider serves an action, such as linking or
                ramping, for this user.

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
        endpoint = operation_module(__name__, "get_provider")

        return cast(
            "ProviderResponse",
            self._caller.call(
                endpoint,
                {"action": action},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


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
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ProviderResponse:
        """Returns which provider serves an action, such as linking or ramping, for this user.

        ``GET /v0/providers``

        Args:
            action: What the provider is needed for, such as `link` or `ramp`.

        Returns:
            ProviderResponse: What `get_provider` returns: which provider serves an action, such as linking or
                ramping, for this user.

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
        endpoint = operation_module(__name__, "get_provider")

        return cast(
            "ProviderResponse",
            await self._caller.call(
                endpoint,
                {"action": action},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AsyncProvidersResourceWithRawResponse:
    """``AsyncProvidersResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncProvidersResource(caller)
        self.get_provider = async_raw_response(resource.get_provider)
