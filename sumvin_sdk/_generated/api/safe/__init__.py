"""Operations tagged `safe`: one module per operation, and the resource classes
``Sumvin.safe`` and ``AsyncSumvin.safe`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from ...models.safe_config_response import SafeConfigResponse
    from ...models.safe_rpc_request import SafeRpcRequest, SafeRpcRequestDict
    from ...models.safe_rpc_response import SafeRpcResponse
    from ...models.safe_rpc_status_response import SafeRpcStatusResponse
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/safe/config"): "get_safe_config",
    ("post", "/v0/safe/rpc"): "send_safe_rpc",
    ("get", "/v0/safe/rpc/{user_op_hash}/status"): "get_user_operation_status",
}


class SafeResource:
    """Operations tagged `safe`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_safe_config(
        self,
        *,
        chain_id: int,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SafeConfigResponse:
        """Returns the contract addresses and settings needed to deploy a Safe on a chain.

        ``GET /v0/safe/config``

        Args:
            chain_id: EVM chain id to deploy the Safe on.

        Returns:
            SafeConfigResponse: What `get_safe_config` returns: the contract addresses and settings needed to deploy a
                Safe on a chain.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 500, 502, 503, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_safe_config")

        return cast(
            "SafeConfigResponse",
            self._caller.call(
                endpoint,
                {"chain_id": chain_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def send_safe_rpc(
        self,
        *,
        body: SafeRpcRequest | SafeRpcRequestDict,
        idempotency_key: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SafeRpcResponse:
        """Submits a signed UserOperation to be sponsored and relayed; replays with the same
        Idempotency-Key are not sent twice.

        ``POST /v0/safe/rpc``

        Args:
            body: ``SafeRpcRequest``: Body of `send_safe_rpc`, which submits a signed UserOperation to be
                sponsored and relayed; replays with the same Idempotency-Key are not sent twice.
            idempotency_key: Makes retries safe: a repeat with the same key returns the first outcome instead of
                acting twice.

        Returns:
            SafeRpcResponse: What `send_safe_rpc` returns; it submits a signed UserOperation to be sponsored and
                relayed; replays with the same Idempotency-Key are not sent twice.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 500, 502, 503, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "send_safe_rpc")

        return cast(
            "SafeRpcResponse",
            self._caller.call(
                endpoint,
                {"idempotency_key": idempotency_key, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def get_user_operation_status(
        self,
        user_op_hash: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SafeRpcStatusResponse:
        """Tells whether a submitted UserOperation is pending, included or failed.

        ``GET /v0/safe/rpc/{user_op_hash}/status``

        Args:
            user_op_hash: Hash of the UserOperation, as `send_safe_rpc` returned it.

        Returns:
            SafeRpcStatusResponse: What `get_user_operation_status` returns; it tells whether a submitted UserOperation is
                pending, included or failed.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 500, 502, 503, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_user_operation_status")

        return cast(
            "SafeRpcStatusResponse",
            self._caller.call(
                endpoint,
                {"user_op_hash": user_op_hash},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class SafeResourceWithRawResponse:
    """``SafeResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = SafeResource(caller)
        self.get_safe_config = raw_response(resource.get_safe_config)
        self.send_safe_rpc = raw_response(resource.send_safe_rpc)
        self.get_user_operation_status = raw_response(resource.get_user_operation_status)


class AsyncSafeResource:
    """Operations tagged `safe`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get_safe_config(
        self,
        *,
        chain_id: int,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SafeConfigResponse:
        """Returns the contract addresses and settings needed to deploy a Safe on a chain.

        ``GET /v0/safe/config``

        Args:
            chain_id: EVM chain id to deploy the Safe on.

        Returns:
            SafeConfigResponse: What `get_safe_config` returns: the contract addresses and settings needed to deploy a
                Safe on a chain.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 500, 502, 503, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_safe_config")

        return cast(
            "SafeConfigResponse",
            await self._caller.call(
                endpoint,
                {"chain_id": chain_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def send_safe_rpc(
        self,
        *,
        body: SafeRpcRequest | SafeRpcRequestDict,
        idempotency_key: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SafeRpcResponse:
        """Submits a signed UserOperation to be sponsored and relayed; replays with the same
        Idempotency-Key are not sent twice.

        ``POST /v0/safe/rpc``

        Args:
            body: ``SafeRpcRequest``: Body of `send_safe_rpc`, which submits a signed UserOperation to be
                sponsored and relayed; replays with the same Idempotency-Key are not sent twice.
            idempotency_key: Makes retries safe: a repeat with the same key returns the first outcome instead of
                acting twice.

        Returns:
            SafeRpcResponse: What `send_safe_rpc` returns; it submits a signed UserOperation to be sponsored and
                relayed; replays with the same Idempotency-Key are not sent twice.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 500, 502, 503, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "send_safe_rpc")

        return cast(
            "SafeRpcResponse",
            await self._caller.call(
                endpoint,
                {"idempotency_key": idempotency_key, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def get_user_operation_status(
        self,
        user_op_hash: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SafeRpcStatusResponse:
        """Tells whether a submitted UserOperation is pending, included or failed.

        ``GET /v0/safe/rpc/{user_op_hash}/status``

        Args:
            user_op_hash: Hash of the UserOperation, as `send_safe_rpc` returned it.

        Returns:
            SafeRpcStatusResponse: What `get_user_operation_status` returns; it tells whether a submitted UserOperation is
                pending, included or failed.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 500, 502, 503, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_user_operation_status")

        return cast(
            "SafeRpcStatusResponse",
            await self._caller.call(
                endpoint,
                {"user_op_hash": user_op_hash},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AsyncSafeResourceWithRawResponse:
    """``AsyncSafeResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncSafeResource(caller)
        self.get_safe_config = async_raw_response(resource.get_safe_config)
        self.send_safe_rpc = async_raw_response(resource.send_safe_rpc)
        self.get_user_operation_status = async_raw_response(resource.get_user_operation_status)
