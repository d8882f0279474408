"""Operations tagged `users`: one module per operation, and the resource classes
``Sumvin.users`` and ``AsyncSumvin.users`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from ...models.username_resolve_response import UsernameResolveResponse
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/users/username/{username}"): "resolve_username",
}


class UsersResource:
    """Operations tagged `users`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def resolve_username(
        self,
        username: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> UsernameResolveResponse:
        """Looks a username up and returns the public profile and wallet address it belongs to.

        ``GET /v0/users/username/{username}``

        Args:
            username: Username to look up (at most 20 characters).

        Returns:
            UsernameResolveResponse: What `resolve_username` returns; it looks a username up and returns the public profile
                and wallet address it belongs to.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "resolve_username")

        return cast(
            "UsernameResolveResponse",
            self._caller.call(
                endpoint,
                {"username": username},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class UsersResourceWithRawResponse:
    """``UsersResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = UsersResource(caller)
        self.resolve_username = raw_response(resource.resolve_username)


class AsyncUsersResource:
    """Operations tagged `users`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def resolve_username(
        self,
        username: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> UsernameResolveResponse:
        """Looks a username up and returns the public profile and wallet address it belongs to.

        ``GET /v0/users/username/{username}``

        Args:
            username: Username to look up (at most 20 characters).

        Returns:
            UsernameResolveResponse: What `resolve_username` returns; it looks a username up and returns the public profile
                and wallet address it belongs to.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "resolve_username")

        return cast(
            "UsernameResolveResponse",
            await self._caller.call(
                endpoint,
                {"username": username},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AsyncUsersResourceWithRawResponse:
    """``AsyncUsersResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncUsersResource(caller)
        self.resolve_username = async_raw_response(resource.resolve_username)
