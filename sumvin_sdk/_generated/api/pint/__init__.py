"""Operations tagged `pint`: one module per operation, and the resource classes
``Sumvin.pint`` and ``AsyncSumvin.pint`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Literal

    import httpx

    from ...models.get_pint_expand_item import GetPintExpandItem
    from ...models.list_pints_order import ListPintsOrder
    from ...models.list_pints_sort import ListPintsSort
    from ...models.nonce_response import NonceResponse
    from ...models.pint_detail_response import PintDetailResponse
    from ...models.pint_exchange_response import PintExchangeResponse
    from ...models.pint_list_response import PintListResponse
    from ...models.pint_status import PintStatus
    from ...models.pint_tokens_response import PintTokensResponse
    from ...models.submit_pint_signature_request import SubmitPintSignatureRequest, SubmitPintSignatureRequestDict
    from ...models.user_pint_exchange_request import UserPintExchangeRequest, UserPintExchangeRequestDict
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/pint/"): "list_pints",
    ("get", "/v0/pint/{pint_id}"): "get_pint",
    ("delete", "/v0/pint/{pint_id}"): "revoke_pint",
    ("patch", "/v0/pint/{pint_id}"): "submit_pint_signature",
    ("get", "/v0/pint/{pint_id}/tokens"): "list_pint_tokens",
    ("get", "/v0/pint/nonce"): "get_nonce",
    ("post", "/v0/pint/exchange"): "exchange_pint",
}


class PintResource:
    """Operations tagged `pint`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_pints(
        self,
        *,
        wallet: str,
        status: PintStatus | Literal["pending", "active", "consumed", "revoked", "expired"] | Unset = UNSET,
        sort: ListPintsSort | Literal["created_at", "expires_at"] | Unset = UNSET,
        order: ListPintsOrder | Literal["asc", "desc"] | Unset = UNSET,
        limit: int | Unset = 20,
        cursor: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PintListResponse:
        """Lists the purchase intents (PINTs) of one wallet, sorted and paged by cursor.

        ``GET /v0/pint/``

        Args:
            wallet: Address of the wallet whose purchase intents to list.
            status: Only intents in this state (`active` by default).
            sort: Timestamp to sort by: `created_at` (default) or `expires_at`.
            order: Sort direction: `desc` (default) or `asc`.
            limit: Most intents to return in one page (1 to 50).
            cursor: Where to continue, from the previous page; omit for the first page.

        Returns:
            PintListResponse: What `list_pints` returns; it lists the purchase intents (PINTs) of one wallet, sorted
                and paged by cursor.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_pints")

        return cast(
            "PintListResponse",
            self._caller.call(
                endpoint,
                {"wallet": wallet, "status": status, "sort": sort, "order": order, "limit": limit, "cursor": cursor},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def get_pint(
        self,
        pint_id: str,
        *,
        expand: list[GetPintExpandItem | Literal["tokens", "transactions", "agent_tasks", "source_chat_message"]]
        | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PintDetailResponse:
        """Returns one purchase intent, optionally with its tokens, transactions, agent tasks or source
        chat message.

        ``GET /v0/pint/{pint_id}``

        Args:
            pint_id: Id of the purchase intent (PINT).
            expand: Related data to embed, any of `agent_tasks`, `source_chat_message`, `tokens` and
                `transactions`.

        Returns:
            PintDetailResponse: What `get_pint` and `submit_pint_signature` return: a PINT detail.

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
        endpoint = operation_module(__name__, "get_pint")

        return cast(
            "PintDetailResponse",
            self._caller.call(
                endpoint,
                {"pint_id": pint_id, "expand": expand},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def revoke_pint(
        self,
        pint_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Revokes a purchase intent so its tokens can no longer be used.

        ``DELETE /v0/pint/{pint_id}``

        Args:
            pint_id: Id of the purchase intent (PINT).

        Returns:
            None: Nothing: the API answers 204 with no body.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "revoke_pint")

        return cast(
            "None",
            self._caller.call(
                endpoint,
                {"pint_id": pint_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def submit_pint_signature(
        self,
        pint_id: str,
        *,
        body: SubmitPintSignatureRequest | SubmitPintSignatureRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PintDetailResponse:
        """Activates a pending PINT with the wallet's signature over its stored typed data; 208 for the
        same signature again, 409 for a different one.

        ``PATCH /v0/pint/{pint_id}``

        Args:
            pint_id: Id of the purchase intent (PINT).
            body: ``SubmitPintSignatureRequest``: Body of `submit_pint_signature`, which activates a
                pending PINT with the wallet's signature over its stored typed data; 208 for the same
                signature again, 409 for a different one.

        Returns:
            PintDetailResponse: What `get_pint` and `submit_pint_signature` return: a PINT detail.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            GoneError: 410, the resource is no longer usable.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 500, 503, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "submit_pint_signature")

        return cast(
            "PintDetailResponse",
            self._caller.call(
                endpoint,
                {"pint_id": pint_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def list_pint_tokens(
        self,
        pint_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PintTokensResponse:
        """Lists the tokens issued from one purchase intent.

        ``GET /v0/pint/{pint_id}/tokens``

        Args:
            pint_id: Id of the purchase intent (PINT).

        Returns:
            PintTokensResponse: What `list_pint_tokens` returns; it lists the tokens issued from one purchase intent.

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
        endpoint = operation_module(__name__, "list_pint_tokens")

        return cast(
            "PintTokensResponse",
            self._caller.call(
                endpoint,
                {"pint_id": pint_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def get_nonce(
        self,
        *,
        wallet: str,
        authorization: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> NonceResponse:
        """Returns the next nonce a wallet the caller owns can sign a PINT with; it skips nonces held by
        approvals still waiting for a signature.

        ``GET /v0/pint/nonce``

        Args:
            wallet: Address of the wallet that will sign the next purchase intent.
            authorization: Optional `Bearer` credential of the caller.

        Returns:
            NonceResponse: What `get_nonce` returns: a fresh nonce for a wallet to put into the next purchase
                intent it signs.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_nonce")

        return cast(
            "NonceResponse",
            self._caller.call(
                endpoint,
                {"wallet": wallet, "authorization": authorization},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def exchange_pint(
        self,
        *,
        body: UserPintExchangeRequest | UserPintExchangeRequestDict,
        agent: bool | Unset = False,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PintExchangeResponse:
        """Exchanges a signed purchase intent for a PINT token addressed to its `audience` (yourself when
        omitted); 208 when already exchanged.

        ``POST /v0/pint/exchange``

        Args:
            body: ``UserPintExchangeRequest``: Body of `exchange_pint`, which exchanges a signed purchase
                intent for a PINT token addressed to its `audience` (yourself when omitted); 208 when
                already exchanged.
            agent: `True` to have Sumvin sign the intent with the user's own agent signer (then send no
                signature; the token is addressed to the user). `False` to send your own signature.

        Returns:
            PintExchangeResponse: What `exchange_pint` returns; it exchanges a signed purchase intent for a PINT token
                addressed to its `audience` (yourself when omitted); 208 when already exchanged.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            GoneError: 410, the resource is no longer usable.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 500, 503, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "exchange_pint")

        return cast(
            "PintExchangeResponse",
            self._caller.call(
                endpoint,
                {"agent": agent, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class PintResourceWithRawResponse:
    """``PintResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = PintResource(caller)
        self.list_pints = raw_response(resource.list_pints)
        self.get_pint = raw_response(resource.get_pint)
        self.revoke_pint = raw_response(resource.revoke_pint)
        self.submit_pint_signature = raw_response(resource.submit_pint_signature)
        self.list_pint_tokens = raw_response(resource.list_pint_tokens)
        self.get_nonce = raw_response(resource.get_nonce)
        self.exchange_pint = raw_response(resource.exchange_pint)


class AsyncPintResource:
    """Operations tagged `pint`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_pints(
        self,
        *,
        wallet: str,
        status: PintStatus | Literal["pending", "active", "consumed", "revoked", "expired"] | Unset = UNSET,
        sort: ListPintsSort | Literal["created_at", "expires_at"] | Unset = UNSET,
        order: ListPintsOrder | Literal["asc", "desc"] | Unset = UNSET,
        limit: int | Unset = 20,
        cursor: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PintListResponse:
        """Lists the purchase intents (PINTs) of one wallet, sorted and paged by cursor.

        ``GET /v0/pint/``

        Args:
            wallet: Address of the wallet whose purchase intents to list.
            status: Only intents in this state (`active` by default).
            sort: Timestamp to sort by: `created_at` (default) or `expires_at`.
            order: Sort direction: `desc` (default) or `asc`.
            limit: Most intents to return in one page (1 to 50).
            cursor: Where to continue, from the previous page; omit for the first page.

        Returns:
            PintListResponse: What `list_pints` returns; it lists the purchase intents (PINTs) of one wallet, sorted
                and paged by cursor.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_pints")

        return cast(
            "PintListResponse",
            await self._caller.call(
                endpoint,
                {"wallet": wallet, "status": status, "sort": sort, "order": order, "limit": limit, "cursor": cursor},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def get_pint(
        self,
        pint_id: str,
        *,
        expand: list[GetPintExpandItem | Literal["tokens", "transactions", "agent_tasks", "source_chat_message"]]
        | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PintDetailResponse:
        """Returns one purchase intent, optionally with its tokens, transactions, agent tasks or source
        chat message.

        ``GET /v0/pint/{pint_id}``

        Args:
            pint_id: Id of the purchase intent (PINT).
            expand: Related data to embed, any of `agent_tasks`, `source_chat_message`, `tokens` and
                `transactions`.

        Returns:
            PintDetailResponse: What `get_pint` and `submit_pint_signature` return: a PINT detail.

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
        endpoint = operation_module(__name__, "get_pint")

        return cast(
            "PintDetailResponse",
            await self._caller.call(
                endpoint,
                {"pint_id": pint_id, "expand": expand},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def revoke_pint(
        self,
        pint_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Revokes a purchase intent so its tokens can no longer be used.

        ``DELETE /v0/pint/{pint_id}``

        Args:
            pint_id: Id of the purchase intent (PINT).

        Returns:
            None: Nothing: the API answers 204 with no body.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "revoke_pint")

        return cast(
            "None",
            await self._caller.call(
                endpoint,
                {"pint_id": pint_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def submit_pint_signature(
        self,
        pint_id: str,
        *,
        body: SubmitPintSignatureRequest | SubmitPintSignatureRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PintDetailResponse:
        """Activates a pending PINT with the wallet's signature over its stored typed data; 208 for the
        same signature again, 409 for a different one.

        ``PATCH /v0/pint/{pint_id}``

        Args:
            pint_id: Id of the purchase intent (PINT).
            body: ``SubmitPintSignatureRequest``: Body of `submit_pint_signature`, which activates a
                pending PINT with the wallet's signature over its stored typed data; 208 for the same
                signature again, 409 for a different one.

        Returns:
            PintDetailResponse: What `get_pint` and `submit_pint_signature` return: a PINT detail.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            GoneError: 410, the resource is no longer usable.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 500, 503, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "submit_pint_signature")

        return cast(
            "PintDetailResponse",
            await self._caller.call(
                endpoint,
                {"pint_id": pint_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def list_pint_tokens(
        self,
        pint_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PintTokensResponse:
        """Lists the tokens issued from one purchase intent.

        ``GET /v0/pint/{pint_id}/tokens``

        Args:
            pint_id: Id of the purchase intent (PINT).

        Returns:
            PintTokensResponse: What `list_pint_tokens` returns; it lists the tokens issued from one purchase intent.

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
        endpoint = operation_module(__name__, "list_pint_tokens")

        return cast(
            "PintTokensResponse",
            await self._caller.call(
                endpoint,
                {"pint_id": pint_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def get_nonce(
        self,
        *,
        wallet: str,
        authorization: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> NonceResponse:
        """Returns the next nonce a wallet the caller owns can sign a PINT with; it skips nonces held by
        approvals still waiting for a signature.

        ``GET /v0/pint/nonce``

        Args:
            wallet: Address of the wallet that will sign the next purchase intent.
            authorization: Optional `Bearer` credential of the caller.

        Returns:
            NonceResponse: What `get_nonce` returns: a fresh nonce for a wallet to put into the next purchase
                intent it signs.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_nonce")

        return cast(
            "NonceResponse",
            await self._caller.call(
                endpoint,
                {"wallet": wallet, "authorization": authorization},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def exchange_pint(
        self,
        *,
        body: UserPintExchangeRequest | UserPintExchangeRequestDict,
        agent: bool | Unset = False,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PintExchangeResponse:
        """Exchanges a signed purchase intent for a PINT token addressed to its `audience` (yourself when
        omitted); 208 when already exchanged.

        ``POST /v0/pint/exchange``

        Args:
            body: ``UserPintExchangeRequest``: Body of `exchange_pint`, which exchanges a signed purchase
                intent for a PINT token addressed to its `audience` (yourself when omitted); 208 when
                already exchanged.
            agent: `True` to have Sumvin sign the intent with the user's own agent signer (then send no
                signature; the token is addressed to the user). `False` to send your own signature.

        Returns:
            PintExchangeResponse: What `exchange_pint` returns; it exchanges a signed purchase intent for a PINT token
                addressed to its `audience` (yourself when omitted); 208 when already exchanged.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            GoneError: 410, the resource is no longer usable.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 500, 503, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "exchange_pint")

        return cast(
            "PintExchangeResponse",
            await self._caller.call(
                endpoint,
                {"agent": agent, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AsyncPintResourceWithRawResponse:
    """``AsyncPintResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncPintResource(caller)
        self.list_pints = async_raw_response(resource.list_pints)
        self.get_pint = async_raw_response(resource.get_pint)
        self.revoke_pint = async_raw_response(resource.revoke_pint)
        self.submit_pint_signature = async_raw_response(resource.submit_pint_signature)
        self.list_pint_tokens = async_raw_response(resource.list_pint_tokens)
        self.get_nonce = async_raw_response(resource.get_nonce)
        self.exchange_pint = async_raw_response(resource.exchange_pint)
