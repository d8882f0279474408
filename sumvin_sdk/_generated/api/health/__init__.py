"""Operations tagged `health`: one module per operation, and the resource classes
``Sumvin.health`` and ``AsyncSumvin.health`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from ...models.health_check_response import HealthCheckResponse
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/health"): "health_check",
}


class HealthResource:
    """Operations tagged `health`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def health_check(
        self,
        *,
        x_ping_key: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> HealthCheckResponse:
        """Reports whether the API and the services it depends on are up.

        ``GET /health``

        Args:
            x_ping_key: Key that unlocks the detailed report of each dependency.

        Returns:
            HealthCheckResponse: What `health_check` returns; it reports whether the API and the services it depends on
                are up.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 503, the API or a service behind it failed.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "health_check")

        return cast(
            "HealthCheckResponse",
            self._caller.call(
                endpoint,
                {"x_ping_key": x_ping_key},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class HealthResourceWithRawResponse:
    """``HealthResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = HealthResource(caller)
        self.health_check = raw_response(resource.health_check)


class AsyncHealthResource:
    """Operations tagged `health`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def health_check(
        self,
        *,
        x_ping_key: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> HealthCheckResponse:
        """Reports whether the API and the services it depends on are up.

        ``GET /health``

        Args:
            x_ping_key: Key that unlocks the detailed report of each dependency.

        Returns:
            HealthCheckResponse: What `health_check` returns; it reports whether the API and the services it depends on
                are up.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 503, the API or a service behind it failed.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "health_check")

        return cast(
            "HealthCheckResponse",
            await self._caller.call(
                endpoint,
                {"x_ping_key": x_ping_key},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AsyncHealthResourceWithRawResponse:
    """``AsyncHealthResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncHealthResource(caller)
        self.health_check = async_raw_response(resource.health_check)
