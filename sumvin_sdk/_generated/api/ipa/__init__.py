"""Operations tagged `ipa`: one module per operation, and the resource classes
``Sumvin.ipa`` and ``AsyncSumvin.ipa`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Literal

    import httpx

    from ...models.allocations_response import AllocationsResponse
    from ...models.approve_ipa_request import ApproveIPARequest, ApproveIPARequestDict
    from ...models.clarify_ipa_request import ClarifyIPARequest, ClarifyIPARequestDict
    from ...models.create_ipa_request import CreateIPARequest, CreateIPARequestDict
    from ...models.ipa_detail_response import IPADetailResponse
    from ...models.ipa_event_type import IPAEventType
    from ...models.ipa_events_response import IPAEventsResponse
    from ...models.ipa_list_response import IPAListResponse
    from ...models.ipa_status import IPAStatus
    from ...models.ipa_type import IPAType
    from ...models.list_ipas_sort_type_0 import ListIpasSortType0
    from ...models.replace_conditions_request import ReplaceConditionsRequest, ReplaceConditionsRequestDict
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
        status: IPAStatus
        | Literal[
            "qualifying",
            "searching",
            "validating",
            "pending_approval",
            "pending_clarification",
            "approved",
            "monitoring",
            "executing",
            "completed",
            "failed",
            "expired",
            "cancelled",
        ]
        | Unset
        | None = UNSET,
        intent_type: IPAType | Literal["product", "service", "composite"] | Unset | None = UNSET,
        sort: ListIpasSortType0
        | Literal["created_at", "-created_at", "updated_at", "-updated_at", "status", "-status"]
        | Unset
        | None = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        expand: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> IPAListResponse:
        """Lists the user's errands (IPAs, intelligent purchase authorisations), filterable by status and
        type, sortable.

        ``GET /v0/user/ipa/``

        Args:
            status: Only errands in this state.
            intent_type: Only errands of this type.
            sort: Member to sort by: `created_at`, `updated_at` or `status`; a leading `-` sorts
                descending.
            offset: How many items to skip before the page starts (0 by default).
            limit: Most items to return in one page (1 to 100, 20 by default).
            expand: Related data to embed, any of `candidates`, `events`, `executing_agent_task`,
                `manifests` and `originating_agent_task`.

        Returns:
            IPAListResponse: What `list_ipas` returns; it lists the user's errands (IPAs, intelligent purchase
                authorisations), filterable by status and type, sortable.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_ipas")

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
        body: CreateIPARequest | CreateIPARequestDict,
        idempotency_key: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> IPADetailResponse:
        """Asks an agent to run an errand from a plain-language request; the work starts in the background.

        ``POST /v0/user/ipa/``

        Args:
            body: ``CreateIPARequest``: Body of `create_ipa`, which asks an agent to run an errand from a
                plain-language request; the work starts in the background.
            idempotency_key: Makes retries safe: a repeat with the same key returns the first outcome instead of
                acting twice.

        Returns:
            IPADetailResponse: What `create_ipa` and 5 other operations return: an IPA detail.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "create_ipa")

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
        """Returns one errand, optionally with its tasks, candidates, manifests, events, capacity or
        mandate embedded.

        ``GET /v0/user/ipa/{ipa_id}``

        Args:
            ipa_id: Id of the errand (IPA).
            expand: Related data to embed, any of `candidates`, `events`, `executing_agent_task`,
                `manifests`, `originating_agent_task`; also `capacity` (spend left), `mandate` (the
                payload to sign, if awaited), `manifest_summary` (totals).

        Returns:
            IPADetailResponse: What `create_ipa` and 5 other operations return: an IPA detail.

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
        endpoint = operation_module(__name__, "get_ipa")

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
        """Cancels an errand that has not finished and returns it in its new state.

        ``DELETE /v0/user/ipa/{ipa_id}``

        Args:
            ipa_id: Id of the errand (IPA).

        Returns:
            IPADetailResponse: What `create_ipa` and 5 other operations return: an IPA detail.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "cancel_ipa")

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
        event_type: IPAEventType
        | Literal[
            "ipa.status_change",
            "ipa.clarification_sent",
            "ipa.clarification_received",
            "ipa.approval_requested",
            "ipa.approval_received",
            "ipa.workflow_started",
            "ipa.workflow_completed",
            "ipa.workflow_failed",
            "ipa.cancelled",
            "ipa.workflow_resumed",
            "ipa.monitor_started",
            "ipa.price_checked",
            "ipa.conditions_met",
            "ipa.monitor_expired",
            "ipa.monitor_reentry",
            "ipa.pint_linked",
            "ipa.card_instruction_opened",
            "ipa.mandate_revoked",
        ]
        | Unset
        | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> IPAEventsResponse:
        """Lists what happened on an errand, oldest first, a page at a time, optionally one kind of event.

        ``GET /v0/user/ipa/{ipa_id}/events``

        Args:
            ipa_id: Id of the errand (IPA).
            offset: How many items to skip before the page starts (0 by default).
            limit: Most items to return in one page (1 to 100, 50 by default).
            event_type: Only events of this type.

        Returns:
            IPAEventsResponse: What `get_ipa_events` returns; it lists what happened on an errand, oldest first, a page
                at a time, optionally one kind of event.

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
        endpoint = operation_module(__name__, "get_ipa_events")

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
        """Lists the spending allocated against an errand, newest first, each with its amount, asset and
        whether it has settled.

        ``GET /v0/user/ipa/{ipa_id}/allocations``

        Args:
            ipa_id: Id of the errand (IPA).
            offset: How many items to skip before the page starts (0 by default).
            limit: Most items to return in one page (1 to 100, 50 by default).

        Returns:
            AllocationsResponse: What `get_ipa_allocations` returns; it lists the spending allocated against an errand,
                newest first, each with its amount, asset and whether it has settled.

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
        endpoint = operation_module(__name__, "get_ipa_allocations")

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
        body: ClarifyIPARequest | ClarifyIPARequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> IPADetailResponse:
        """Answers the questions an errand's agent asked before it can go on.

        ``PUT /v0/user/ipa/{ipa_id}/answers``

        Args:
            ipa_id: Id of the errand (IPA).
            body: ``ClarifyIPARequest``: Body of `clarify_ipa`, which answers the questions an errand's
                agent asked before it can go on.

        Returns:
            IPADetailResponse: What `create_ipa` and 5 other operations return: an IPA detail.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "clarify_ipa")

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
        body: ApproveIPARequest | ApproveIPARequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> IPADetailResponse:
        """Approves (with a signed mandate) or declines the purchase an errand proposes.

        ``PUT /v0/user/ipa/{ipa_id}/decision``

        Args:
            ipa_id: Id of the errand (IPA).
            body: ``ApproveIPARequest``: Body of `approve_ipa`, which approves (with a signed mandate) or
                declines the purchase an errand proposes.

        Returns:
            IPADetailResponse: What `create_ipa` and 5 other operations return: an IPA detail.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 500, 503, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "approve_ipa")

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
        body: ReplaceConditionsRequest | ReplaceConditionsRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> IPADetailResponse:
        """Replaces the conditions in the errand's payload awaiting signature (an empty list clears them)
        and returns the payload to sign now.

        ``PUT /v0/user/ipa/{ipa_id}/conditions``

        Args:
            ipa_id: Id of the errand (IPA).
            body: ``ReplaceConditionsRequest``: Body of `replace_ipa_conditions`, which replaces the
                conditions in the errand's payload awaiting signature (an empty list clears them) and
                returns the payload to sign now.

        Returns:
            IPADetailResponse: What `create_ipa` and 5 other operations return: an IPA detail.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "replace_ipa_conditions")

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
        status: IPAStatus
        | Literal[
            "qualifying",
            "searching",
            "validating",
            "pending_approval",
            "pending_clarification",
            "approved",
            "monitoring",
            "executing",
            "completed",
            "failed",
            "expired",
            "cancelled",
        ]
        | Unset
        | None = UNSET,
        intent_type: IPAType | Literal["product", "service", "composite"] | Unset | None = UNSET,
        sort: ListIpasSortType0
        | Literal["created_at", "-created_at", "updated_at", "-updated_at", "status", "-status"]
        | Unset
        | None = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
        expand: list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> IPAListResponse:
        """Lists the user's errands (IPAs, intelligent purchase authorisations), filterable by status and
        type, sortable.

        ``GET /v0/user/ipa/``

        Args:
            status: Only errands in this state.
            intent_type: Only errands of this type.
            sort: Member to sort by: `created_at`, `updated_at` or `status`; a leading `-` sorts
                descending.
            offset: How many items to skip before the page starts (0 by default).
            limit: Most items to return in one page (1 to 100, 20 by default).
            expand: Related data to embed, any of `candidates`, `events`, `executing_agent_task`,
                `manifests` and `originating_agent_task`.

        Returns:
            IPAListResponse: What `list_ipas` returns; it lists the user's errands (IPAs, intelligent purchase
                authorisations), filterable by status and type, sortable.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_ipas")

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
        body: CreateIPARequest | CreateIPARequestDict,
        idempotency_key: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> IPADetailResponse:
        """Asks an agent to run an errand from a plain-language request; the work starts in the background.

        ``POST /v0/user/ipa/``

        Args:
            body: ``CreateIPARequest``: Body of `create_ipa`, which asks an agent to run an errand from a
                plain-language request; the work starts in the background.
            idempotency_key: Makes retries safe: a repeat with the same key returns the first outcome instead of
                acting twice.

        Returns:
            IPADetailResponse: What `create_ipa` and 5 other operations return: an IPA detail.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "create_ipa")

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
        """Returns one errand, optionally with its tasks, candidates, manifests, events, capacity or
        mandate embedded.

        ``GET /v0/user/ipa/{ipa_id}``

        Args:
            ipa_id: Id of the errand (IPA).
            expand: Related data to embed, any of `candidates`, `events`, `executing_agent_task`,
                `manifests`, `originating_agent_task`; also `capacity` (spend left), `mandate` (the
                payload to sign, if awaited), `manifest_summary` (totals).

        Returns:
            IPADetailResponse: What `create_ipa` and 5 other operations return: an IPA detail.

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
        endpoint = operation_module(__name__, "get_ipa")

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
        """Cancels an errand that has not finished and returns it in its new state.

        ``DELETE /v0/user/ipa/{ipa_id}``

        Args:
            ipa_id: Id of the errand (IPA).

        Returns:
            IPADetailResponse: What `create_ipa` and 5 other operations return: an IPA detail.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "cancel_ipa")

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
        event_type: IPAEventType
        | Literal[
            "ipa.status_change",
            "ipa.clarification_sent",
            "ipa.clarification_received",
            "ipa.approval_requested",
            "ipa.approval_received",
            "ipa.workflow_started",
            "ipa.workflow_completed",
            "ipa.workflow_failed",
            "ipa.cancelled",
            "ipa.workflow_resumed",
            "ipa.monitor_started",
            "ipa.price_checked",
            "ipa.conditions_met",
            "ipa.monitor_expired",
            "ipa.monitor_reentry",
            "ipa.pint_linked",
            "ipa.card_instruction_opened",
            "ipa.mandate_revoked",
        ]
        | Unset
        | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> IPAEventsResponse:
        """Lists what happened on an errand, oldest first, a page at a time, optionally one kind of event.

        ``GET /v0/user/ipa/{ipa_id}/events``

        Args:
            ipa_id: Id of the errand (IPA).
            offset: How many items to skip before the page starts (0 by default).
            limit: Most items to return in one page (1 to 100, 50 by default).
            event_type: Only events of this type.

        Returns:
            IPAEventsResponse: What `get_ipa_events` returns; it lists what happened on an errand, oldest first, a page
                at a time, optionally one kind of event.

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
        endpoint = operation_module(__name__, "get_ipa_events")

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
        """Lists the spending allocated against an errand, newest first, each with its amount, asset and
        whether it has settled.

        ``GET /v0/user/ipa/{ipa_id}/allocations``

        Args:
            ipa_id: Id of the errand (IPA).
            offset: How many items to skip before the page starts (0 by default).
            limit: Most items to return in one page (1 to 100, 50 by default).

        Returns:
            AllocationsResponse: What `get_ipa_allocations` returns; it lists the spending allocated against an errand,
                newest first, each with its amount, asset and whether it has settled.

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
        endpoint = operation_module(__name__, "get_ipa_allocations")

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
        body: ClarifyIPARequest | ClarifyIPARequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> IPADetailResponse:
        """Answers the questions an errand's agent asked before it can go on.

        ``PUT /v0/user/ipa/{ipa_id}/answers``

        Args:
            ipa_id: Id of the errand (IPA).
            body: ``ClarifyIPARequest``: Body of `clarify_ipa`, which answers the questions an errand's
                agent asked before it can go on.

        Returns:
            IPADetailResponse: What `create_ipa` and 5 other operations return: an IPA detail.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "clarify_ipa")

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
        body: ApproveIPARequest | ApproveIPARequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> IPADetailResponse:
        """Approves (with a signed mandate) or declines the purchase an errand proposes.

        ``PUT /v0/user/ipa/{ipa_id}/decision``

        Args:
            ipa_id: Id of the errand (IPA).
            body: ``ApproveIPARequest``: Body of `approve_ipa`, which approves (with a signed mandate) or
                declines the purchase an errand proposes.

        Returns:
            IPADetailResponse: What `create_ipa` and 5 other operations return: an IPA detail.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 500, 503, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "approve_ipa")

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
        body: ReplaceConditionsRequest | ReplaceConditionsRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> IPADetailResponse:
        """Replaces the conditions in the errand's payload awaiting signature (an empty list clears them)
        and returns the payload to sign now.

        ``PUT /v0/user/ipa/{ipa_id}/conditions``

        Args:
            ipa_id: Id of the errand (IPA).
            body: ``ReplaceConditionsRequest``: Body of `replace_ipa_conditions`, which replaces the
                conditions in the errand's payload awaiting signature (an empty list clears them) and
                returns the payload to sign now.

        Returns:
            IPADetailResponse: What `create_ipa` and 5 other operations return: an IPA detail.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "replace_ipa_conditions")

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
