"""Operations tagged `merchants`: one module per operation, and the resource classes
``Sumvin.merchants`` and ``AsyncSumvin.merchants`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping
    from typing import Literal

    import httpx

    from ...models.merchant_detail_response import MerchantDetailResponse
    from ...models.merchant_search_response import MerchantSearchResponse
    from ...models.search_merchants_facets_type_0_item import SearchMerchantsFacetsType0Item
    from ...models.search_merchants_sort import SearchMerchantsSort
    from ...models.search_merchants_transport_type_0_item import SearchMerchantsTransportType0Item
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/ucp/merchants"): "search_merchants",
    ("get", "/v0/ucp/merchants/{merchant}"): "get_merchant",
}


class MerchantsResource:
    """Operations tagged `merchants`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def search_merchants(
        self,
        *,
        q: str | Unset | None = UNSET,
        category: list[str] | Unset | None = UNSET,
        country: list[str] | Unset | None = UNSET,
        language: list[str] | Unset | None = UNSET,
        brand: list[str] | Unset | None = UNSET,
        capability: list[str] | Unset | None = UNSET,
        payment: list[str] | Unset | None = UNSET,
        transport: list[SearchMerchantsTransportType0Item] | Unset | None = UNSET,
        a2a: bool | Unset | None = UNSET,
        oauth: bool | Unset | None = UNSET,
        from_date: datetime.date | datetime.datetime | str | int | Unset | None = UNSET,
        to_date: datetime.date | datetime.datetime | str | int | Unset | None = UNSET,
        enriched: bool | Unset | None = UNSET,
        sort: SearchMerchantsSort | Literal["relevance", "popularity", "last_hit"] | Unset = UNSET,
        facets: list[SearchMerchantsFacetsType0Item] | Unset | None = UNSET,
        highlight: bool | Unset = False,
        offset: int | Unset = 0,
        limit: int | Unset = 25,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> MerchantSearchResponse:
        """Searches the UCP merchant index by text, with filters, facets, highlights and sorting.

        ``GET /v0/ucp/merchants``

        Args:
            q: Text to search merchant names, categories, products and brands for.
            category: Only merchants in one of these categories; repeat for several (any matches, and all
                filters must match).
            country: Only merchants in one of these countries (two-letter codes).
            language: Only merchants using one of these languages (two- or three-letter codes).
            brand: Only merchants carrying one of these brands.
            capability: Only merchants offering one of these UCP capabilities.
            payment: Only merchants accepting one of these payment methods.
            transport: Only merchants reachable over one of these transports: `rest`, `mcp`, `a2a`, `embedded`.
            a2a: Only merchants with (`True`) or without (`False`) agent-to-agent support.
            oauth: Only merchants with (`True`) or without (`False`) OAuth sign-in.
            from_date: Skip merchants not seen since this day: a YYYY-MM-DD date or epoch milliseconds. Give a
                ``datetime.date`` (sent as YYYY-MM-DD), an aware ``datetime.datetime`` or an int (sent
                as epoch milliseconds), or a string in either form; a naive datetime or any other string
                raises ``ParameterError`` and nothing is sent.
            to_date: Skip merchants last seen after this day: a YYYY-MM-DD date or epoch milliseconds. Give a
                ``datetime.date`` (sent as YYYY-MM-DD), an aware ``datetime.datetime`` or an int (sent
                as epoch milliseconds), or a string in either form; a naive datetime or any other string
                raises ``ParameterError`` and nothing is sent.
            enriched: Only merchants with (`True`) or without (`False`) enrichment data; text and category,
                brand, country or language filters need enrichment to match.
            sort: Order of results: `relevance` (default), `popularity` or `last_hit`.
            facets: Members to count values of across the results, such as `category` or `country`.
            highlight: Mark the matched text in each result.
            offset: How many items to skip before the page starts (0 by default).
            limit: Most merchants to return in one page (1 to 100).

        Returns:
            MerchantSearchResponse: What `search_merchants` returns; it searches the UCP merchant index by text, with
                filters, facets, highlights and sorting.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 503, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "search_merchants")

        return cast(
            "MerchantSearchResponse",
            self._caller.call(
                endpoint,
                {
                    "q": q,
                    "category": category,
                    "country": country,
                    "language": language,
                    "brand": brand,
                    "capability": capability,
                    "payment": payment,
                    "transport": transport,
                    "a2a": a2a,
                    "oauth": oauth,
                    "from_date": from_date,
                    "to_date": to_date,
                    "enriched": enriched,
                    "sort": sort,
                    "facets": facets,
                    "highlight": highlight,
                    "offset": offset,
                    "limit": limit,
                },
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def get_merchant(
        self,
        merchant: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> MerchantDetailResponse:
        """Returns one UCP merchant, looked up by its domain or its merchant id.

        ``GET /v0/ucp/merchants/{merchant}``

        Args:
            merchant: The merchant's domain (such as `shop.example`) or its merchant id.

        Returns:
            MerchantDetailResponse: What `get_merchant` returns: one UCP merchant, looked up by its domain or its merchant
                id.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 503, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_merchant")

        return cast(
            "MerchantDetailResponse",
            self._caller.call(
                endpoint,
                {"merchant": merchant},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class MerchantsResourceWithRawResponse:
    """``MerchantsResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = MerchantsResource(caller)
        self.search_merchants = raw_response(resource.search_merchants)
        self.get_merchant = raw_response(resource.get_merchant)


class AsyncMerchantsResource:
    """Operations tagged `merchants`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def search_merchants(
        self,
        *,
        q: str | Unset | None = UNSET,
        category: list[str] | Unset | None = UNSET,
        country: list[str] | Unset | None = UNSET,
        language: list[str] | Unset | None = UNSET,
        brand: list[str] | Unset | None = UNSET,
        capability: list[str] | Unset | None = UNSET,
        payment: list[str] | Unset | None = UNSET,
        transport: list[SearchMerchantsTransportType0Item] | Unset | None = UNSET,
        a2a: bool | Unset | None = UNSET,
        oauth: bool | Unset | None = UNSET,
        from_date: datetime.date | datetime.datetime | str | int | Unset | None = UNSET,
        to_date: datetime.date | datetime.datetime | str | int | Unset | None = UNSET,
        enriched: bool | Unset | None = UNSET,
        sort: SearchMerchantsSort | Literal["relevance", "popularity", "last_hit"] | Unset = UNSET,
        facets: list[SearchMerchantsFacetsType0Item] | Unset | None = UNSET,
        highlight: bool | Unset = False,
        offset: int | Unset = 0,
        limit: int | Unset = 25,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> MerchantSearchResponse:
        """Searches the UCP merchant index by text, with filters, facets, highlights and sorting.

        ``GET /v0/ucp/merchants``

        Args:
            q: Text to search merchant names, categories, products and brands for.
            category: Only merchants in one of these categories; repeat for several (any matches, and all
                filters must match).
            country: Only merchants in one of these countries (two-letter codes).
            language: Only merchants using one of these languages (two- or three-letter codes).
            brand: Only merchants carrying one of these brands.
            capability: Only merchants offering one of these UCP capabilities.
            payment: Only merchants accepting one of these payment methods.
            transport: Only merchants reachable over one of these transports: `rest`, `mcp`, `a2a`, `embedded`.
            a2a: Only merchants with (`True`) or without (`False`) agent-to-agent support.
            oauth: Only merchants with (`True`) or without (`False`) OAuth sign-in.
            from_date: Skip merchants not seen since this day: a YYYY-MM-DD date or epoch milliseconds. Give a
                ``datetime.date`` (sent as YYYY-MM-DD), an aware ``datetime.datetime`` or an int (sent
                as epoch milliseconds), or a string in either form; a naive datetime or any other string
                raises ``ParameterError`` and nothing is sent.
            to_date: Skip merchants last seen after this day: a YYYY-MM-DD date or epoch milliseconds. Give a
                ``datetime.date`` (sent as YYYY-MM-DD), an aware ``datetime.datetime`` or an int (sent
                as epoch milliseconds), or a string in either form; a naive datetime or any other string
                raises ``ParameterError`` and nothing is sent.
            enriched: Only merchants with (`True`) or without (`False`) enrichment data; text and category,
                brand, country or language filters need enrichment to match.
            sort: Order of results: `relevance` (default), `popularity` or `last_hit`.
            facets: Members to count values of across the results, such as `category` or `country`.
            highlight: Mark the matched text in each result.
            offset: How many items to skip before the page starts (0 by default).
            limit: Most merchants to return in one page (1 to 100).

        Returns:
            MerchantSearchResponse: What `search_merchants` returns; it searches the UCP merchant index by text, with
                filters, facets, highlights and sorting.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 503, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "search_merchants")

        return cast(
            "MerchantSearchResponse",
            await self._caller.call(
                endpoint,
                {
                    "q": q,
                    "category": category,
                    "country": country,
                    "language": language,
                    "brand": brand,
                    "capability": capability,
                    "payment": payment,
                    "transport": transport,
                    "a2a": a2a,
                    "oauth": oauth,
                    "from_date": from_date,
                    "to_date": to_date,
                    "enriched": enriched,
                    "sort": sort,
                    "facets": facets,
                    "highlight": highlight,
                    "offset": offset,
                    "limit": limit,
                },
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def get_merchant(
        self,
        merchant: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> MerchantDetailResponse:
        """Returns one UCP merchant, looked up by its domain or its merchant id.

        ``GET /v0/ucp/merchants/{merchant}``

        Args:
            merchant: The merchant's domain (such as `shop.example`) or its merchant id.

        Returns:
            MerchantDetailResponse: What `get_merchant` returns: one UCP merchant, looked up by its domain or its merchant
                id.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 503, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_merchant")

        return cast(
            "MerchantDetailResponse",
            await self._caller.call(
                endpoint,
                {"merchant": merchant},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AsyncMerchantsResourceWithRawResponse:
    """``AsyncMerchantsResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncMerchantsResource(caller)
        self.search_merchants = async_raw_response(resource.search_merchants)
        self.get_merchant = async_raw_response(resource.get_merchant)
