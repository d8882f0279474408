"""Operations tagged `mandates`: one module per operation, and the resource classes
``Sumvin.mandates`` and ``AsyncSumvin.mandates`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from ...models.mandate_ceremony_decision_request import (
        MandateCeremonyDecisionRequest,
        MandateCeremonyDecisionRequestDict,
    )
    from ...models.mandate_ceremony_response import MandateCeremonyResponse
    from ...models.mandate_ceremony_status_response import MandateCeremonyStatusResponse
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/mandate-ceremonies/current"): "read_mandate_ceremony",
    ("get", "/v0/mandate-ceremonies/current/status"): "read_mandate_ceremony_status",
    ("put", "/v0/mandate-ceremonies/current/decision"): "decide_mandate_ceremony",
}


class MandatesResource:
    """Operations tagged `mandates`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def read_mandate_ceremony(
        self,
        *,
        x_sumvin_ceremony_ticket: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> MandateCeremonyResponse:
        """Returns the mandate an approval link refers to, with the typed data to sign; the link's ticket
        travels in a header.

        ``GET /v0/mandate-ceremonies/current``

        Args:
            x_sumvin_ceremony_ticket: The ticket naming the mandate ceremony, from the approval link.

        Returns:
            MandateCeremonyResponse: What `read_mandate_ceremony` and `decide_mandate_ceremony` return: a mandate ceremony.

        Raises:
            BadRequestError: 400, the request was malformed.
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
        endpoint = operation_module(__name__, "read_mandate_ceremony")

        return cast(
            "MandateCeremonyResponse",
            self._caller.call(
                endpoint,
                {"x_sumvin_ceremony_ticket": x_sumvin_ceremony_ticket},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def read_mandate_ceremony_status(
        self,
        *,
        x_sumvin_ceremony_ticket: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> MandateCeremonyStatusResponse:
        """Tells whether the mandate behind an approval ticket is still proposed, stamped, declined or
        expired; no sign-in needed, the ticket suffices.

        ``GET /v0/mandate-ceremonies/current/status``

        Args:
            x_sumvin_ceremony_ticket: The ticket naming the mandate ceremony, from the approval link.

        Returns:
            MandateCeremonyStatusResponse: What `read_mandate_ceremony_status` returns; it tells whether the mandate behind an
                approval ticket is still proposed, stamped, declined or expired; no sign-in needed, the
                ticket suffices.

        Raises:
            BadRequestError: 400, the request was malformed.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 500, the API or a service behind it failed.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "read_mandate_ceremony_status")

        return cast(
            "MandateCeremonyStatusResponse",
            self._caller.call(
                endpoint,
                {"x_sumvin_ceremony_ticket": x_sumvin_ceremony_ticket},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def decide_mandate_ceremony(
        self,
        *,
        body: MandateCeremonyDecisionRequest | MandateCeremonyDecisionRequestDict,
        x_sumvin_ceremony_ticket: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> MandateCeremonyResponse:
        """Approves (with the user's signature) or declines the proposed mandate.

        ``PUT /v0/mandate-ceremonies/current/decision``

        Args:
            body: ``MandateCeremonyDecisionRequest``: Body of `decide_mandate_ceremony`, which approves
                (with the user's signature) or declines the proposed mandate.
            x_sumvin_ceremony_ticket: The ticket naming the mandate ceremony, from the approval link.

        Returns:
            MandateCeremonyResponse: What `read_mandate_ceremony` and `decide_mandate_ceremony` return: a mandate ceremony.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            GoneError: 410, the resource is no longer usable.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 500, 503, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "decide_mandate_ceremony")

        return cast(
            "MandateCeremonyResponse",
            self._caller.call(
                endpoint,
                {"x_sumvin_ceremony_ticket": x_sumvin_ceremony_ticket, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class MandatesResourceWithRawResponse:
    """``MandatesResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = MandatesResource(caller)
        self.read_mandate_ceremony = raw_response(resource.read_mandate_ceremony)
        self.read_mandate_ceremony_status = raw_response(resource.read_mandate_ceremony_status)
        self.decide_mandate_ceremony = raw_response(resource.decide_mandate_ceremony)


class AsyncMandatesResource:
    """Operations tagged `mandates`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def read_mandate_ceremony(
        self,
        *,
        x_sumvin_ceremony_ticket: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> MandateCeremonyResponse:
        """Returns the mandate an approval link refers to, with the typed data to sign; the link's ticket
        travels in a header.

        ``GET /v0/mandate-ceremonies/current``

        Args:
            x_sumvin_ceremony_ticket: The ticket naming the mandate ceremony, from the approval link.

        Returns:
            MandateCeremonyResponse: What `read_mandate_ceremony` and `decide_mandate_ceremony` return: a mandate ceremony.

        Raises:
            BadRequestError: 400, the request was malformed.
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
        endpoint = operation_module(__name__, "read_mandate_ceremony")

        return cast(
            "MandateCeremonyResponse",
            await self._caller.call(
                endpoint,
                {"x_sumvin_ceremony_ticket": x_sumvin_ceremony_ticket},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def read_mandate_ceremony_status(
        self,
        *,
        x_sumvin_ceremony_ticket: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> MandateCeremonyStatusResponse:
        """Tells whether the mandate behind an approval ticket is still proposed, stamped, declined or
        expired; no sign-in needed, the ticket suffices.

        ``GET /v0/mandate-ceremonies/current/status``

        Args:
            x_sumvin_ceremony_ticket: The ticket naming the mandate ceremony, from the approval link.

        Returns:
            MandateCeremonyStatusResponse: What `read_mandate_ceremony_status` returns; it tells whether the mandate behind an
                approval ticket is still proposed, stamped, declined or expired; no sign-in needed, the
                ticket suffices.

        Raises:
            BadRequestError: 400, the request was malformed.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 500, the API or a service behind it failed.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "read_mandate_ceremony_status")

        return cast(
            "MandateCeremonyStatusResponse",
            await self._caller.call(
                endpoint,
                {"x_sumvin_ceremony_ticket": x_sumvin_ceremony_ticket},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def decide_mandate_ceremony(
        self,
        *,
        body: MandateCeremonyDecisionRequest | MandateCeremonyDecisionRequestDict,
        x_sumvin_ceremony_ticket: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> MandateCeremonyResponse:
        """Approves (with the user's signature) or declines the proposed mandate.

        ``PUT /v0/mandate-ceremonies/current/decision``

        Args:
            body: ``MandateCeremonyDecisionRequest``: Body of `decide_mandate_ceremony`, which approves
                (with the user's signature) or declines the proposed mandate.
            x_sumvin_ceremony_ticket: The ticket naming the mandate ceremony, from the approval link.

        Returns:
            MandateCeremonyResponse: What `read_mandate_ceremony` and `decide_mandate_ceremony` return: a mandate ceremony.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            GoneError: 410, the resource is no longer usable.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 500, 503, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "decide_mandate_ceremony")

        return cast(
            "MandateCeremonyResponse",
            await self._caller.call(
                endpoint,
                {"x_sumvin_ceremony_ticket": x_sumvin_ceremony_ticket, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AsyncMandatesResourceWithRawResponse:
    """``AsyncMandatesResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncMandatesResource(caller)
        self.read_mandate_ceremony = async_raw_response(resource.read_mandate_ceremony)
        self.read_mandate_ceremony_status = async_raw_response(resource.read_mandate_ceremony_status)
        self.decide_mandate_ceremony = async_raw_response(resource.decide_mandate_ceremony)
