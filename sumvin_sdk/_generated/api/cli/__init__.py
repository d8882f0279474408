"""Operations tagged `cli`: one module per operation, and the resource classes
``Sumvin.cli`` and ``AsyncSumvin.cli`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from ...models.cli_config_response import CliConfigResponse
    from ...models.device_code_approval_request import DeviceCodeApprovalRequest, DeviceCodeApprovalRequestDict
    from ...models.device_code_create_request import DeviceCodeCreateRequest, DeviceCodeCreateRequestDict
    from ...models.device_code_create_response import DeviceCodeCreateResponse
    from ...models.device_code_status_response import DeviceCodeStatusResponse
    from ...models.personal_access_token_exchange_request import (
        PersonalAccessTokenExchangeRequest,
        PersonalAccessTokenExchangeRequestDict,
    )
    from ...models.personal_access_token_exchange_response import PersonalAccessTokenExchangeResponse
    from ...models.personal_access_token_list_response import PersonalAccessTokenListResponse
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/cli/config"): "get_cli_config",
    ("post", "/v0/cli/device-codes"): "create_device_code",
    ("get", "/v0/cli/device-codes/{device_code}"): "poll_device_code",
    ("post", "/v0/cli/device-codes/{device_code}/approval"): "approve_device_code",
    ("delete", "/v0/cli/device-codes/{device_code}/approval"): "deny_device_code",
    ("get", "/v0/cli/personal-access-tokens"): "list_personal_access_tokens",
    ("post", "/v0/cli/personal-access-tokens"): "exchange_device_code",
    ("delete", "/v0/cli/personal-access-tokens/{id}"): "revoke_personal_access_token",
}


class CliResource:
    """Operations tagged `cli`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_cli_config(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> CliConfigResponse:
        """Returns the settings the command-line client needs at start-up.

        ``GET /v0/cli/config``

        Returns:
            CliConfigResponse: What `get_cli_config` returns: the settings the command-line client needs at start-up.

        Raises:
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_cli_config")

        return cast(
            "CliConfigResponse",
            self._caller.call(
                endpoint, {}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def create_device_code(
        self,
        *,
        body: DeviceCodeCreateRequest | Unset | DeviceCodeCreateRequestDict | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> DeviceCodeCreateResponse:
        """Starts a device sign-in: returns the code to show the user and the one the client polls with.

        ``POST /v0/cli/device-codes``

        Args:
            body: ``DeviceCodeCreateRequest | None``: the request body

        Returns:
            DeviceCodeCreateResponse: What `create_device_code` returns; it starts a device sign-in: returns the code to show
                the user and the one the client polls with.

        Raises:
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 503, the API or a service behind it failed.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "create_device_code")

        return cast(
            "DeviceCodeCreateResponse",
            self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def poll_device_code(
        self,
        device_code: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> DeviceCodeStatusResponse:
        """Tells a command-line client whether its device sign-in was approved, denied or has expired.

        ``GET /v0/cli/device-codes/{device_code}``

        Args:
            device_code: The device code `create_device_code` returned to the client.

        Returns:
            DeviceCodeStatusResponse: What `poll_device_code` and `approve_device_code` return: a device code status.

        Raises:
            NotFoundError: 404, the resource does not exist for this caller.
            GoneError: 410, the resource is no longer usable.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "poll_device_code")

        return cast(
            "DeviceCodeStatusResponse",
            self._caller.call(
                endpoint,
                {"device_code": device_code},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def approve_device_code(
        self,
        device_code: str,
        *,
        body: DeviceCodeApprovalRequest | DeviceCodeApprovalRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> DeviceCodeStatusResponse:
        """Approves a pending device sign-in for the signed-in user.

        ``POST /v0/cli/device-codes/{device_code}/approval``

        Args:
            device_code: The device code `create_device_code` returned to the client.
            body: ``DeviceCodeApprovalRequest``: Body of `approve_device_code`, which approves a pending
                device sign-in for the signed-in user.

        Returns:
            DeviceCodeStatusResponse: What `poll_device_code` and `approve_device_code` return: a device code status.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            GoneError: 410, the resource is no longer usable.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "approve_device_code")

        return cast(
            "DeviceCodeStatusResponse",
            self._caller.call(
                endpoint,
                {"device_code": device_code, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def deny_device_code(
        self,
        device_code: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Denies a pending device sign-in.

        ``DELETE /v0/cli/device-codes/{device_code}/approval``

        Args:
            device_code: The device code `create_device_code` returned to the client.

        Returns:
            None: Nothing: the API answers 204 with no body.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "deny_device_code")

        return cast(
            "None",
            self._caller.call(
                endpoint,
                {"device_code": device_code},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def list_personal_access_tokens(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 50,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PersonalAccessTokenListResponse:
        """Lists the user's personal access tokens (never their secret values).

        ``GET /v0/cli/personal-access-tokens``

        Args:
            offset: How many items to skip before the page starts (0 by default).
            limit: Most items to return in one page (1 to 100, 50 by default).

        Returns:
            PersonalAccessTokenListResponse: What `list_personal_access_tokens` returns; it lists the user's personal access tokens
                (never their secret values).

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_personal_access_tokens")

        return cast(
            "PersonalAccessTokenListResponse",
            self._caller.call(
                endpoint,
                {"offset": offset, "limit": limit},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def exchange_device_code(
        self,
        *,
        body: PersonalAccessTokenExchangeRequest | PersonalAccessTokenExchangeRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PersonalAccessTokenExchangeResponse:
        """Exchanges an approved device sign-in for a personal access token.

        ``POST /v0/cli/personal-access-tokens``

        Args:
            body: ``PersonalAccessTokenExchangeRequest``: Body of `exchange_device_code`, which exchanges
                an approved device sign-in for a personal access token.

        Returns:
            PersonalAccessTokenExchangeResponse: What `exchange_device_code` returns; it exchanges an approved device sign-in for a
                personal access token.

        Raises:
            ConflictError: 409, the resource's state does not allow this now.
            GoneError: 410, the resource is no longer usable.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 503, the API or a service behind it failed.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "exchange_device_code")

        return cast(
            "PersonalAccessTokenExchangeResponse",
            self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def revoke_personal_access_token(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Revokes one of the user's personal access tokens.

        ``DELETE /v0/cli/personal-access-tokens/{id}``

        Args:
            id: Id of the token, as `list_personal_access_tokens` gives it (not the token itself).

        Returns:
            None: Nothing: the API answers 204 with no body.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "revoke_personal_access_token")

        return cast(
            "None",
            self._caller.call(
                endpoint, {"id": id}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )


class CliResourceWithRawResponse:
    """``CliResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = CliResource(caller)
        self.get_cli_config = raw_response(resource.get_cli_config)
        self.create_device_code = raw_response(resource.create_device_code)
        self.poll_device_code = raw_response(resource.poll_device_code)
        self.approve_device_code = raw_response(resource.approve_device_code)
        self.deny_device_code = raw_response(resource.deny_device_code)
        self.list_personal_access_tokens = raw_response(resource.list_personal_access_tokens)
        self.exchange_device_code = raw_response(resource.exchange_device_code)
        self.revoke_personal_access_token = raw_response(resource.revoke_personal_access_token)


class AsyncCliResource:
    """Operations tagged `cli`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get_cli_config(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> CliConfigResponse:
        """Returns the settings the command-line client needs at start-up.

        ``GET /v0/cli/config``

        Returns:
            CliConfigResponse: What `get_cli_config` returns: the settings the command-line client needs at start-up.

        Raises:
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_cli_config")

        return cast(
            "CliConfigResponse",
            await self._caller.call(
                endpoint, {}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def create_device_code(
        self,
        *,
        body: DeviceCodeCreateRequest | Unset | DeviceCodeCreateRequestDict | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> DeviceCodeCreateResponse:
        """Starts a device sign-in: returns the code to show the user and the one the client polls with.

        ``POST /v0/cli/device-codes``

        Args:
            body: ``DeviceCodeCreateRequest | None``: the request body

        Returns:
            DeviceCodeCreateResponse: What `create_device_code` returns; it starts a device sign-in: returns the code to show
                the user and the one the client polls with.

        Raises:
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 503, the API or a service behind it failed.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "create_device_code")

        return cast(
            "DeviceCodeCreateResponse",
            await self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def poll_device_code(
        self,
        device_code: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> DeviceCodeStatusResponse:
        """Tells a command-line client whether its device sign-in was approved, denied or has expired.

        ``GET /v0/cli/device-codes/{device_code}``

        Args:
            device_code: The device code `create_device_code` returned to the client.

        Returns:
            DeviceCodeStatusResponse: What `poll_device_code` and `approve_device_code` return: a device code status.

        Raises:
            NotFoundError: 404, the resource does not exist for this caller.
            GoneError: 410, the resource is no longer usable.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "poll_device_code")

        return cast(
            "DeviceCodeStatusResponse",
            await self._caller.call(
                endpoint,
                {"device_code": device_code},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def approve_device_code(
        self,
        device_code: str,
        *,
        body: DeviceCodeApprovalRequest | DeviceCodeApprovalRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> DeviceCodeStatusResponse:
        """Approves a pending device sign-in for the signed-in user.

        ``POST /v0/cli/device-codes/{device_code}/approval``

        Args:
            device_code: The device code `create_device_code` returned to the client.
            body: ``DeviceCodeApprovalRequest``: Body of `approve_device_code`, which approves a pending
                device sign-in for the signed-in user.

        Returns:
            DeviceCodeStatusResponse: What `poll_device_code` and `approve_device_code` return: a device code status.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            GoneError: 410, the resource is no longer usable.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "approve_device_code")

        return cast(
            "DeviceCodeStatusResponse",
            await self._caller.call(
                endpoint,
                {"device_code": device_code, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def deny_device_code(
        self,
        device_code: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Denies a pending device sign-in.

        ``DELETE /v0/cli/device-codes/{device_code}/approval``

        Args:
            device_code: The device code `create_device_code` returned to the client.

        Returns:
            None: Nothing: the API answers 204 with no body.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "deny_device_code")

        return cast(
            "None",
            await self._caller.call(
                endpoint,
                {"device_code": device_code},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def list_personal_access_tokens(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 50,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PersonalAccessTokenListResponse:
        """Lists the user's personal access tokens (never their secret values).

        ``GET /v0/cli/personal-access-tokens``

        Args:
            offset: How many items to skip before the page starts (0 by default).
            limit: Most items to return in one page (1 to 100, 50 by default).

        Returns:
            PersonalAccessTokenListResponse: What `list_personal_access_tokens` returns; it lists the user's personal access tokens
                (never their secret values).

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_personal_access_tokens")

        return cast(
            "PersonalAccessTokenListResponse",
            await self._caller.call(
                endpoint,
                {"offset": offset, "limit": limit},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def exchange_device_code(
        self,
        *,
        body: PersonalAccessTokenExchangeRequest | PersonalAccessTokenExchangeRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PersonalAccessTokenExchangeResponse:
        """Exchanges an approved device sign-in for a personal access token.

        ``POST /v0/cli/personal-access-tokens``

        Args:
            body: ``PersonalAccessTokenExchangeRequest``: Body of `exchange_device_code`, which exchanges
                an approved device sign-in for a personal access token.

        Returns:
            PersonalAccessTokenExchangeResponse: What `exchange_device_code` returns; it exchanges an approved device sign-in for a
                personal access token.

        Raises:
            ConflictError: 409, the resource's state does not allow this now.
            GoneError: 410, the resource is no longer usable.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 503, the API or a service behind it failed.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "exchange_device_code")

        return cast(
            "PersonalAccessTokenExchangeResponse",
            await self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def revoke_personal_access_token(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Revokes one of the user's personal access tokens.

        ``DELETE /v0/cli/personal-access-tokens/{id}``

        Args:
            id: Id of the token, as `list_personal_access_tokens` gives it (not the token itself).

        Returns:
            None: Nothing: the API answers 204 with no body.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "revoke_personal_access_token")

        return cast(
            "None",
            await self._caller.call(
                endpoint, {"id": id}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )


class AsyncCliResourceWithRawResponse:
    """``AsyncCliResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncCliResource(caller)
        self.get_cli_config = async_raw_response(resource.get_cli_config)
        self.create_device_code = async_raw_response(resource.create_device_code)
        self.poll_device_code = async_raw_response(resource.poll_device_code)
        self.approve_device_code = async_raw_response(resource.approve_device_code)
        self.deny_device_code = async_raw_response(resource.deny_device_code)
        self.list_personal_access_tokens = async_raw_response(resource.list_personal_access_tokens)
        self.exchange_device_code = async_raw_response(resource.exchange_device_code)
        self.revoke_personal_access_token = async_raw_response(resource.revoke_personal_access_token)
