"""Operations tagged `ipa`: one module per operation, and the resource classes
``Sumvin.ipa`` and ``AsyncSumvin.ipa`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from ...models.allocations_response import AllocationsResponse
    from ...models.approve_ipa_request import ApproveIPARequest
    from ...models.clarify_ipa_request import ClarifyIPARequest
    from ...models.create_ipa_request import CreateIPARequest
    from ...models.ipa_detail_response import IPADetailResponse
    from ...models.ipa_event_type import IPAEventType
    from ...models.ipa_events_response import IPAEventsResponse
    from ...models.ipa_list_response import IPAListResponse
    from ...models.ipa_status import IPAStatus
    from ...models.ipa_type import IPAType
    from ...models.list_ipas_sort_type_0 import ListIpasSortType0
    from ...models.replace_conditions_request import ReplaceConditionsRequest
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/user/ipa/"): "list_ipas",
    ("post", "/v0/user/ipa/"): "create_ipa",
    ("get", "/v0/user/ipa/{ipa_id}"): "get_ipa",
    ("delete", "/v0/user/ipa/{ipa_id}"): "cancel_ipa",
    ("get", "/v0/user/ipa/{ipa_id}/events"): "get_ipa_events",
    ("get", "/v0/user/ipa/{ipa_id}/allocations"): "get_ipa_allocations",
    ("put", "/v0/user/ipa/{ipa_id}/answers"): "clarify_ipa",
    ("put", "/v0/user/ipa/{ipa_id}/decision"): "approve_ipa",
    ("put", "/v0/user/ipa/{ipa_id}/conditions"): "replace_ipa_conditions",
}


class IpaResource:
    """Operations tagged `ipa`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_ipas(
        self,
        *,
        status: IPAStatus | Unset | None = UNSET,
        intent_type: IPAType | Unset | None = UNSET,
        sort: ListIpasSortType0 | Unset | None = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        expand: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> IPAListResponse:
        """List Ipas: ``GET /v0/user/ipa/``."""
        from . import list_ipas as endpoint

        return cast(
            "IPAListResponse",
            self._caller.call(
                endpoint,
                {
                    "status": status,
                    "intent_type": intent_type,
                    "sort": sort,
                    "offset": offset,
                    "limit": limit,
                    "expand": expand,
                },
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def create_ipa(
        self,
        *,
        body: CreateIPARequest,
        idempotency_key: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> IPADetailResponse:
        """Create IPA: ``POST /v0/user/ipa/``."""
        from . import create_ipa as endpoint

        return cast(
            "IPADetailResponse",
            self._caller.call(
                endpoint,
                {"idempotency_key": idempotency_key, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def get_ipa(
        self,
        ipa_id: str,
        *,
        expand: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> IPADetailResponse:
        """Get Ipa: ``GET /v0/user/ipa/{ipa_id}``."""
        from . import get_ipa as endpoint

        return cast(
            "IPADetailResponse",
            self._caller.call(
                endpoint,
                {"ipa_id": ipa_id, "expand": expand},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def cancel_ipa(
        self,
        ipa_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> IPADetailResponse:
        """Cancel Ipa: ``DELETE /v0/user/ipa/{ipa_id}``."""
        from . import cancel_ipa as endpoint

        return cast(
            "IPADetailResponse",
            self._caller.call(
                endpoint,
                {"ipa_id": ipa_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def get_ipa_events(
        self,
        ipa_id: str,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 50,
        event_type: IPAEventType | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> IPAEventsResponse:
        """List an errand's activity events: ``GET /v0/user/ipa/{ipa_id}/events``."""
        from . import get_ipa_events as endpoint

        return cast(
            "IPAEventsResponse",
            self._caller.call(
                endpoint,
                {"ipa_id": ipa_id, "offset": offset, "limit": limit, "event_type": event_type},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def get_ipa_allocations(
        self,
        ipa_id: str,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 50,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AllocationsResponse:
        """List an errand's allocations: ``GET /v0/user/ipa/{ipa_id}/allocations``."""
        from . import get_ipa_allocations as endpoint

        return cast(
            "AllocationsResponse",
            self._caller.call(
                endpoint,
                {"ipa_id": ipa_id, "offset": offset, "limit": limit},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def clarify_ipa(
        self,
        ipa_id: str,
        *,
        body: ClarifyIPARequest,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> IPADetailResponse:
        """Clarify Ipa: ``PUT /v0/user/ipa/{ipa_id}/answers``."""
        from . import clarify_ipa as endpoint

        return cast(
            "IPADetailResponse",
            self._caller.call(
                endpoint,
                {"ipa_id": ipa_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def approve_ipa(
        self,
        ipa_id: str,
        *,
        body: ApproveIPARequest,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> IPADetailResponse:
        """Approve or decline an errand's purchase: ``PUT /v0/user/ipa/{ipa_id}/decision``."""
        from . import approve_ipa as endpoint

        return cast(
            "IPADetailResponse",
            self._caller.call(
                endpoint,
                {"ipa_id": ipa_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def replace_ipa_conditions(
        self,
        ipa_id: str,
        *,
        body: ReplaceConditionsRequest,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> IPADetailResponse:
        """Replace the conditions on an errand's approval: ``PUT /v0/user/ipa/{ipa_id}/conditions``."""
        from . import replace_ipa_conditions as endpoint

        return cast(
            "IPADetailResponse",
            self._caller.call(
                endpoint,
                {"ipa_id": ipa_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class IpaResourceWithRawResponse:
    """``IpaResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = IpaResource(caller)
        self.list_ipas = raw_response(resource.list_ipas)
        self.create_ipa = raw_response(resource.create_ipa)
        self.get_ipa = raw_response(resource.get_ipa)
        self.cancel_ipa = raw_response(resource.cancel_ipa)
        self.get_ipa_events = raw_response(resource.get_ipa_events)
        self.get_ipa_allocations = raw_response(resource.get_ipa_allocations)
        self.clarify_ipa = raw_response(resource.clarify_ipa)
        self.approve_ipa = raw_response(resource.approve_ipa)
        self.replace_ipa_conditions = raw_response(resource.replace_ipa_conditions)


class AsyncIpaResource:
    """Operations tagged `ipa`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_ipas(
        self,
        *,
        status: IPAStatus | Unset | None = UNSET,
        intent_type: IPAType | Unset | None = UNSET,
        sort: ListIpasSortType0 | Unset | None = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        expand: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> IPAListResponse:
        """List Ipas: ``GET /v0/user/ipa/``."""
        from . import list_ipas as endpoint

        return cast(
            "IPAListResponse",
            await self._caller.call(
                endpoint,
                {
                    "status": status,
                    "intent_type": intent_type,
                    "sort": sort,
                    "offset": offset,
                    "limit": limit,
                    "expand": expand,
                },
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def create_ipa(
        self,
        *,
        body: CreateIPARequest,
        idempotency_key: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> IPADetailResponse:
        """Create IPA: ``POST /v0/user/ipa/``."""
        from . import create_ipa as endpoint

        return cast(
            "IPADetailResponse",
            await self._caller.call(
                endpoint,
                {"idempotency_key": idempotency_key, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def get_ipa(
        self,
        ipa_id: str,
        *,
        expand: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> IPADetailResponse:
        """Get Ipa: ``GET /v0/user/ipa/{ipa_id}``."""
        from . import get_ipa as endpoint

        return cast(
            "IPADetailResponse",
            await self._caller.call(
                endpoint,
                {"ipa_id": ipa_id, "expand": expand},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def cancel_ipa(
        self,
        ipa_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> IPADetailResponse:
        """Cancel Ipa: ``DELETE /v0/user/ipa/{ipa_id}``."""
        from . import cancel_ipa as endpoint

        return cast(
            "IPADetailResponse",
            await self._caller.call(
                endpoint,
                {"ipa_id": ipa_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def get_ipa_events(
        self,
        ipa_id: str,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 50,
        event_type: IPAEventType | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> IPAEventsResponse:
        """List an errand's activity events: ``GET /v0/user/ipa/{ipa_id}/events``."""
        from . import get_ipa_events as endpoint

        return cast(
            "IPAEventsResponse",
            await self._caller.call(
                endpoint,
                {"ipa_id": ipa_id, "offset": offset, "limit": limit, "event_type": event_type},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def get_ipa_allocations(
        self,
        ipa_id: str,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 50,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AllocationsResponse:
        """List an errand's allocations: ``GET /v0/user/ipa/{ipa_id}/allocations``."""
        from . import get_ipa_allocations as endpoint

        return cast(
            "AllocationsResponse",
            await self._caller.call(
                endpoint,
                {"ipa_id": ipa_id, "offset": offset, "limit": limit},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def clarify_ipa(
        self,
        ipa_id: str,
        *,
        body: ClarifyIPARequest,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> IPADetailResponse:
        """Clarify Ipa: ``PUT /v0/user/ipa/{ipa_id}/answers``."""
        from . import clarify_ipa as endpoint

        return cast(
            "IPADetailResponse",
            await self._caller.call(
                endpoint,
                {"ipa_id": ipa_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def approve_ipa(
        self,
        ipa_id: str,
        *,
        body: ApproveIPARequest,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> IPADetailResponse:
        """Approve or decline an errand's purchase: ``PUT /v0/user/ipa/{ipa_id}/decision``."""
        from . import approve_ipa as endpoint

        return cast(
            "IPADetailResponse",
            await self._caller.call(
                endpoint,
                {"ipa_id": ipa_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def replace_ipa_conditions(
        self,
        ipa_id: str,
        *,
        body: ReplaceConditionsRequest,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> IPADetailResponse:
        """Replace the conditions on an errand's approval: ``PUT /v0/user/ipa/{ipa_id}/conditions``."""
        from . import replace_ipa_conditions as endpoint

        return cast(
            "IPADetailResponse",
            await self._caller.call(
                endpoint,
                {"ipa_id": ipa_id, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AsyncIpaResourceWithRawResponse:
    """``AsyncIpaResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncIpaResource(caller)
        self.list_ipas = async_raw_response(resource.list_ipas)
        self.create_ipa = async_raw_response(resource.create_ipa)
        self.get_ipa = async_raw_response(resource.get_ipa)
        self.cancel_ipa = async_raw_response(resource.cancel_ipa)
        self.get_ipa_events = async_raw_response(resource.get_ipa_events)
        self.get_ipa_allocations = async_raw_response(resource.get_ipa_allocations)
        self.clarify_ipa = async_raw_response(resource.clarify_ipa)
        self.approve_ipa = async_raw_response(resource.approve_ipa)
        self.replace_ipa_conditions = async_raw_response(resource.replace_ipa_conditions)
