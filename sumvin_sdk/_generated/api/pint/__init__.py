"""Operations tagged `pint`: one module per operation, and the resource classes
``Sumvin.pint`` and ``AsyncSumvin.pint`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping

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
    from ...models.submit_pint_signature_request import SubmitPintSignatureRequest
    from ...models.user_pint_exchange_request import UserPintExchangeRequest
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
        status: PintStatus | Unset = UNSET,
        sort: ListPintsSort | Unset = UNSET,
        order: ListPintsOrder | Unset = UNSET,
        limit: int | Unset = 20,
        cursor: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PintListResponse:
        """List Pints: ``GET /v0/pint/``."""
        from . import list_pints as endpoint

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
        expand: list[GetPintExpandItem] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PintDetailResponse:
        """Get Pint: ``GET /v0/pint/{pint_id}``."""
        from . import get_pint as endpoint

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
        """Revoke Pint: ``DELETE /v0/pint/{pint_id}``."""
        from . import revoke_pint as endpoint

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
        body: SubmitPintSignatureRequest,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PintDetailResponse:
        """Submit Pint Signature: ``PATCH /v0/pint/{pint_id}``."""
        from . import submit_pint_signature as endpoint

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
        """List Pint Tokens: ``GET /v0/pint/{pint_id}/tokens``."""
        from . import list_pint_tokens as endpoint

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
        """Get Nonce: ``GET /v0/pint/nonce``."""
        from . import get_nonce as endpoint

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
        body: UserPintExchangeRequest,
        agent: bool | Unset = False,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PintExchangeResponse:
        """Exchange a signed purchase intent for a token: ``POST /v0/pint/exchange``."""
        from . import exchange_pint as endpoint

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
        status: PintStatus | Unset = UNSET,
        sort: ListPintsSort | Unset = UNSET,
        order: ListPintsOrder | Unset = UNSET,
        limit: int | Unset = 20,
        cursor: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PintListResponse:
        """List Pints: ``GET /v0/pint/``."""
        from . import list_pints as endpoint

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
        expand: list[GetPintExpandItem] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PintDetailResponse:
        """Get Pint: ``GET /v0/pint/{pint_id}``."""
        from . import get_pint as endpoint

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
        """Revoke Pint: ``DELETE /v0/pint/{pint_id}``."""
        from . import revoke_pint as endpoint

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
        body: SubmitPintSignatureRequest,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PintDetailResponse:
        """Submit Pint Signature: ``PATCH /v0/pint/{pint_id}``."""
        from . import submit_pint_signature as endpoint

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
        """List Pint Tokens: ``GET /v0/pint/{pint_id}/tokens``."""
        from . import list_pint_tokens as endpoint

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
        """Get Nonce: ``GET /v0/pint/nonce``."""
        from . import get_nonce as endpoint

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
        body: UserPintExchangeRequest,
        agent: bool | Unset = False,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PintExchangeResponse:
        """Exchange a signed purchase intent for a token: ``POST /v0/pint/exchange``."""
        from . import exchange_pint as endpoint

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
