"""Operations tagged `payment_links`: one module per operation, and the resource classes
``Sumvin.payment_links`` and ``AsyncSumvin.payment_links`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    import httpx

    from ...models.payment_link_create_request import PaymentLinkCreateRequest, PaymentLinkCreateRequestDict
    from ...models.payment_link_list_response import PaymentLinkListResponse
    from ...models.payment_link_public_response import PaymentLinkPublicResponse
    from ...models.payment_link_response import PaymentLinkResponse
    from ...models.x402_settlement_response import X402SettlementResponse
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/payment-links"): "list_payment_links",
    ("post", "/v0/payment-links"): "create_payment_link",
    ("get", "/v0/payment-links/{slug}"): "get_payment_link",
    ("get", "/v0/payment-links/public/{slug}"): "get_public_payment_link",
    ("get", "/pay/{slug}"): "get_payment_link_pay",
}


class PaymentLinksResource:
    """Operations tagged `payment_links`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_payment_links(
        self,
        *,
        status: str | Unset | None = UNSET,
        from_date: datetime.date | datetime.datetime | str | int | Unset | None = UNSET,
        to_date: datetime.date | datetime.datetime | str | int | Unset | None = UNSET,
        limit: int | Unset = 50,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PaymentLinkListResponse:
        """Lists the payment links the user created, filterable by status and creation date.

        ``GET /v0/payment-links``

        Args:
            status: Only links in this state, such as `pending` or `settled`.
            from_date: Earliest creation date to include: a YYYY-MM-DD date or epoch milliseconds. Give a
                ``datetime.date`` (sent as YYYY-MM-DD), an aware ``datetime.datetime`` or an int (sent
                as epoch milliseconds), or a string in either form; a naive datetime or any other string
                raises ``ParameterError`` and nothing is sent.
            to_date: Latest creation date to include: a YYYY-MM-DD date or epoch milliseconds. Give a
                ``datetime.date`` (sent as YYYY-MM-DD), an aware ``datetime.datetime`` or an int (sent
                as epoch milliseconds), or a string in either form; a naive datetime or any other string
                raises ``ParameterError`` and nothing is sent.
            limit: Most items to return in one page (1 to 100, 50 by default).
            offset: How many items to skip before the page starts (0 by default).

        Returns:
            PaymentLinkListResponse: What `list_payment_links` returns; it lists the payment links the user created,
                filterable by status and creation date.

        Raises:
            BadRequestError: 400, the request was malformed.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_payment_links")

        return cast(
            "PaymentLinkListResponse",
            self._caller.call(
                endpoint,
                {"status": status, "from_date": from_date, "to_date": to_date, "limit": limit, "offset": offset},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def create_payment_link(
        self,
        *,
        body: PaymentLinkCreateRequest | PaymentLinkCreateRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PaymentLinkResponse:
        """Creates a shareable payment link from a purchase intent the requester signed; the link's slug
        comes from the signature.

        ``POST /v0/payment-links``

        Args:
            body: ``PaymentLinkCreateRequest``: Body of `create_payment_link`, which creates a shareable
                payment link from a purchase intent the requester signed; the link's slug comes from the
                signature.

        Returns:
            PaymentLinkResponse: What `create_payment_link` and `get_payment_link` return: a payment link.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            ConflictError: 409, the resource's state does not allow this now.
            GoneError: 410, the resource is no longer usable.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 500, 503, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "create_payment_link")

        return cast(
            "PaymentLinkResponse",
            self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def get_payment_link(
        self,
        slug: str,
        *,
        expand: list[str] | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PaymentLinkResponse:
        """Returns one of the user's payment links by slug, optionally with its PINT or transaction.

        ``GET /v0/payment-links/{slug}``

        Args:
            slug: Short code that names the payment link in its URL.
            expand: Related data to embed: `pint`, `transaction`.

        Returns:
            PaymentLinkResponse: What `create_payment_link` and `get_payment_link` return: a payment link.

        Raises:
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_payment_link")

        return cast(
            "PaymentLinkResponse",
            self._caller.call(
                endpoint,
                {"slug": slug, "expand": expand},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def get_public_payment_link(
        self,
        slug: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PaymentLinkPublicResponse:
        """Returns what a payer may see of a payment link, without signing in.

        ``GET /v0/payment-links/public/{slug}``

        Args:
            slug: Short code that names the payment link in its URL.

        Returns:
            PaymentLinkPublicResponse: What `get_public_payment_link` returns: what a payer may see of a payment link, without
                signing in.

        Raises:
            BadRequestError: 400, the request was malformed.
            NotFoundError: 404, the resource does not exist for this caller.
            GoneError: 410, the resource is no longer usable.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_public_payment_link")

        return cast(
            "PaymentLinkPublicResponse",
            self._caller.call(
                endpoint, {"slug": slug}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def get_payment_link_pay(
        self,
        slug: str,
        *,
        accept: str | Unset | None = UNSET,
        payment_signature: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> X402SettlementResponse:
        """Opens a payment link: without a payment signature it answers what to pay (x402); with one it
        settles the payment.

        ``GET /pay/{slug}``

        Args:
            slug: Short code that names the payment link in its URL.
            accept: Media type wanted: JSON for the payment details, HTML for a page.
            payment_signature: The payer's signed x402 payment; when present the payment is settled.

        Returns:
            X402SettlementResponse: What `get_payment_link_pay` returns; it opens a payment link: without a payment
                signature it answers what to pay (x402); with one it settles the payment.

        Raises:
            BadRequestError: 400, the request was malformed.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            GoneError: 410, the resource is no longer usable.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 502, 503, 504, the API or a service behind it failed.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 402, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_payment_link_pay")

        return cast(
            "X402SettlementResponse",
            self._caller.call(
                endpoint,
                {"slug": slug, "accept": accept, "payment_signature": payment_signature},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class PaymentLinksResourceWithRawResponse:
    """``PaymentLinksResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = PaymentLinksResource(caller)
        self.list_payment_links = raw_response(resource.list_payment_links)
        self.create_payment_link = raw_response(resource.create_payment_link)
        self.get_payment_link = raw_response(resource.get_payment_link)
        self.get_public_payment_link = raw_response(resource.get_public_payment_link)
        self.get_payment_link_pay = raw_response(resource.get_payment_link_pay)


class AsyncPaymentLinksResource:
    """Operations tagged `payment_links`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_payment_links(
        self,
        *,
        status: str | Unset | None = UNSET,
        from_date: datetime.date | datetime.datetime | str | int | Unset | None = UNSET,
        to_date: datetime.date | datetime.datetime | str | int | Unset | None = UNSET,
        limit: int | Unset = 50,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PaymentLinkListResponse:
        """Lists the payment links the user created, filterable by status and creation date.

        ``GET /v0/payment-links``

        Args:
            status: Only links in this state, such as `pending` or `settled`.
            from_date: Earliest creation date to include: a YYYY-MM-DD date or epoch milliseconds. Give a
                ``datetime.date`` (sent as YYYY-MM-DD), an aware ``datetime.datetime`` or an int (sent
                as epoch milliseconds), or a string in either form; a naive datetime or any other string
                raises ``ParameterError`` and nothing is sent.
            to_date: Latest creation date to include: a YYYY-MM-DD date or epoch milliseconds. Give a
                ``datetime.date`` (sent as YYYY-MM-DD), an aware ``datetime.datetime`` or an int (sent
                as epoch milliseconds), or a string in either form; a naive datetime or any other string
                raises ``ParameterError`` and nothing is sent.
            limit: Most items to return in one page (1 to 100, 50 by default).
            offset: How many items to skip before the page starts (0 by default).

        Returns:
            PaymentLinkListResponse: What `list_payment_links` returns; it lists the payment links the user created,
                filterable by status and creation date.

        Raises:
            BadRequestError: 400, the request was malformed.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_payment_links")

        return cast(
            "PaymentLinkListResponse",
            await self._caller.call(
                endpoint,
                {"status": status, "from_date": from_date, "to_date": to_date, "limit": limit, "offset": offset},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def create_payment_link(
        self,
        *,
        body: PaymentLinkCreateRequest | PaymentLinkCreateRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PaymentLinkResponse:
        """Creates a shareable payment link from a purchase intent the requester signed; the link's slug
        comes from the signature.

        ``POST /v0/payment-links``

        Args:
            body: ``PaymentLinkCreateRequest``: Body of `create_payment_link`, which creates a shareable
                payment link from a purchase intent the requester signed; the link's slug comes from the
                signature.

        Returns:
            PaymentLinkResponse: What `create_payment_link` and `get_payment_link` return: a payment link.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            ConflictError: 409, the resource's state does not allow this now.
            GoneError: 410, the resource is no longer usable.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 500, 503, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "create_payment_link")

        return cast(
            "PaymentLinkResponse",
            await self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def get_payment_link(
        self,
        slug: str,
        *,
        expand: list[str] | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PaymentLinkResponse:
        """Returns one of the user's payment links by slug, optionally with its PINT or transaction.

        ``GET /v0/payment-links/{slug}``

        Args:
            slug: Short code that names the payment link in its URL.
            expand: Related data to embed: `pint`, `transaction`.

        Returns:
            PaymentLinkResponse: What `create_payment_link` and `get_payment_link` return: a payment link.

        Raises:
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_payment_link")

        return cast(
            "PaymentLinkResponse",
            await self._caller.call(
                endpoint,
                {"slug": slug, "expand": expand},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def get_public_payment_link(
        self,
        slug: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> PaymentLinkPublicResponse:
        """Returns what a payer may see of a payment link, without signing in.

        ``GET /v0/payment-links/public/{slug}``

        Args:
            slug: Short code that names the payment link in its URL.

        Returns:
            PaymentLinkPublicResponse: What `get_public_payment_link` returns: what a payer may see of a payment link, without
                signing in.

        Raises:
            BadRequestError: 400, the request was malformed.
            NotFoundError: 404, the resource does not exist for this caller.
            GoneError: 410, the resource is no longer usable.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_public_payment_link")

        return cast(
            "PaymentLinkPublicResponse",
            await self._caller.call(
                endpoint, {"slug": slug}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def get_payment_link_pay(
        self,
        slug: str,
        *,
        accept: str | Unset | None = UNSET,
        payment_signature: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> X402SettlementResponse:
        """Opens a payment link: without a payment signature it answers what to pay (x402); with one it
        settles the payment.

        ``GET /pay/{slug}``

        Args:
            slug: Short code that names the payment link in its URL.
            accept: Media type wanted: JSON for the payment details, HTML for a page.
            payment_signature: The payer's signed x402 payment; when present the payment is settled.

        Returns:
            X402SettlementResponse: What `get_payment_link_pay` returns; it opens a payment link: without a payment
                signature it answers what to pay (x402); with one it settles the payment.

        Raises:
            BadRequestError: 400, the request was malformed.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            ConflictError: 409, the resource's state does not allow this now.
            GoneError: 410, the resource is no longer usable.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            RateLimitError: 429, too many requests; retry after the time the API names.
            InternalServerError: 502, 503, 504, the API or a service behind it failed.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 402, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_payment_link_pay")

        return cast(
            "X402SettlementResponse",
            await self._caller.call(
                endpoint,
                {"slug": slug, "accept": accept, "payment_signature": payment_signature},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AsyncPaymentLinksResourceWithRawResponse:
    """``AsyncPaymentLinksResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncPaymentLinksResource(caller)
        self.list_payment_links = async_raw_response(resource.list_payment_links)
        self.create_payment_link = async_raw_response(resource.create_payment_link)
        self.get_payment_link = async_raw_response(resource.get_payment_link)
        self.get_public_payment_link = async_raw_response(resource.get_public_payment_link)
        self.get_payment_link_pay = async_raw_response(resource.get_payment_link_pay)
