from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from sumvin_sdk._json import loads

from ... import errors
from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...models.search_merchants_sort import SearchMerchantsSort
from ...parameters import Limits, Parameter, Shape
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.merchant_search_response import MerchantSearchResponse
    from ...models.problem_detail import ProblemDetail
    from ...models.query_validation_problem_detail import QueryValidationProblemDetail
    from ...models.search_merchants_facets_type_0_item import SearchMerchantsFacetsType0Item
    from ...models.search_merchants_transport_type_0_item import SearchMerchantsTransportType0Item

    pass


def _get_kwargs(
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
    from_date: str | Unset | None = UNSET,
    to_date: str | Unset | None = UNSET,
    enriched: bool | Unset | None = UNSET,
    sort: SearchMerchantsSort | Unset = SearchMerchantsSort.RELEVANCE,
    facets: list[SearchMerchantsFacetsType0Item] | Unset | None = UNSET,
    highlight: bool | Unset = False,
    offset: int | Unset = 0,
    limit: int | Unset = 25,
) -> dict[str, Any]:
    if not TYPE_CHECKING:
        SearchMerchantsFacetsType0Item = _models.SearchMerchantsFacetsType0Item
        SearchMerchantsTransportType0Item = _models.SearchMerchantsTransportType0Item

    params: dict[str, Any] = {}

    json_q: str | Unset | None
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_category: list[str] | Unset | None
    if isinstance(category, Unset):
        json_category = UNSET
    elif isinstance(category, list):
        json_category = category

    else:
        json_category = category
    params["category"] = json_category

    json_country: list[str] | Unset | None
    if isinstance(country, Unset):
        json_country = UNSET
    elif isinstance(country, list):
        json_country = country

    else:
        json_country = country
    params["country"] = json_country

    json_language: list[str] | Unset | None
    if isinstance(language, Unset):
        json_language = UNSET
    elif isinstance(language, list):
        json_language = language

    else:
        json_language = language
    params["language"] = json_language

    json_brand: list[str] | Unset | None
    if isinstance(brand, Unset):
        json_brand = UNSET
    elif isinstance(brand, list):
        json_brand = brand

    else:
        json_brand = brand
    params["brand"] = json_brand

    json_capability: list[str] | Unset | None
    if isinstance(capability, Unset):
        json_capability = UNSET
    elif isinstance(capability, list):
        json_capability = capability

    else:
        json_capability = capability
    params["capability"] = json_capability

    json_payment: list[str] | Unset | None
    if isinstance(payment, Unset):
        json_payment = UNSET
    elif isinstance(payment, list):
        json_payment = payment

    else:
        json_payment = payment
    params["payment"] = json_payment

    json_transport: list[str] | Unset | None
    if isinstance(transport, Unset):
        json_transport = UNSET
    elif isinstance(transport, list):
        json_transport = []
        for transport_type_0_item_data in transport:
            transport_type_0_item = SearchMerchantsTransportType0Item(transport_type_0_item_data).value
            json_transport.append(transport_type_0_item)

    else:
        json_transport = transport
    params["transport"] = json_transport

    json_a2a: bool | Unset | None
    if isinstance(a2a, Unset):
        json_a2a = UNSET
    else:
        json_a2a = a2a
    params["a2a"] = json_a2a

    json_oauth: bool | Unset | None
    if isinstance(oauth, Unset):
        json_oauth = UNSET
    else:
        json_oauth = oauth
    params["oauth"] = json_oauth

    json_from_date: str | Unset | None
    if isinstance(from_date, Unset):
        json_from_date = UNSET
    else:
        json_from_date = from_date
    params["from_date"] = json_from_date

    json_to_date: str | Unset | None
    if isinstance(to_date, Unset):
        json_to_date = UNSET
    else:
        json_to_date = to_date
    params["to_date"] = json_to_date

    json_enriched: bool | Unset | None
    if isinstance(enriched, Unset):
        json_enriched = UNSET
    else:
        json_enriched = enriched
    params["enriched"] = json_enriched

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = SearchMerchantsSort(sort).value

    params["sort"] = json_sort

    json_facets: list[str] | Unset | None
    if isinstance(facets, Unset):
        json_facets = UNSET
    elif isinstance(facets, list):
        json_facets = []
        for facets_type_0_item_data in facets:
            facets_type_0_item = SearchMerchantsFacetsType0Item(facets_type_0_item_data).value
            json_facets.append(facets_type_0_item)

    else:
        json_facets = facets
    params["facets"] = json_facets

    params["highlight"] = highlight

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/ucp/merchants",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MerchantSearchResponse | ProblemDetail | QueryValidationProblemDetail | None:
    if not TYPE_CHECKING:
        MerchantSearchResponse = _models.MerchantSearchResponse
        ProblemDetail = _models.ProblemDetail
        QueryValidationProblemDetail = _models.QueryValidationProblemDetail
    if response.status_code == 200:
        response_200 = MerchantSearchResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = QueryValidationProblemDetail.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetail.from_dict(loads(response.content))

        return response_403

    if response.status_code == 422:
        response_422 = ProblemDetail.from_dict(loads(response.content))

        return response_422

    if response.status_code == 503:
        response_503 = ProblemDetail.from_dict(loads(response.content))

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MerchantSearchResponse | ProblemDetail | QueryValidationProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
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
    from_date: str | Unset | None = UNSET,
    to_date: str | Unset | None = UNSET,
    enriched: bool | Unset | None = UNSET,
    sort: SearchMerchantsSort | Unset = SearchMerchantsSort.RELEVANCE,
    facets: list[SearchMerchantsFacetsType0Item] | Unset | None = UNSET,
    highlight: bool | Unset = False,
    offset: int | Unset = 0,
    limit: int | Unset = 25,
) -> Response[MerchantSearchResponse | ProblemDetail | QueryValidationProblemDetail]:
    """Searches the UCP merchant index by text, with filters, facets, highlights and sorting.

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
        from_date: Skip merchants not seen since this day: a YYYY-MM-DD date or epoch milliseconds.
        to_date: Skip merchants last seen after this day: a YYYY-MM-DD date or epoch milliseconds.
        enriched: Only merchants with (`True`) or without (`False`) enrichment data; text and category,
            brand, country or language filters need enrichment to match.
        sort: Order of results: `relevance` (default), `popularity` or `last_hit`.
        facets: Members to count values of across the results, such as `category` or `country`.
        highlight: Mark the matched text in each result.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most merchants to return in one page (1 to 100).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[MerchantSearchResponse | ProblemDetail | QueryValidationProblemDetail]

    """

    kwargs = _get_kwargs(
        q=q,
        category=category,
        country=country,
        language=language,
        brand=brand,
        capability=capability,
        payment=payment,
        transport=transport,
        a2a=a2a,
        oauth=oauth,
        from_date=from_date,
        to_date=to_date,
        enriched=enriched,
        sort=sort,
        facets=facets,
        highlight=highlight,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
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
    from_date: str | Unset | None = UNSET,
    to_date: str | Unset | None = UNSET,
    enriched: bool | Unset | None = UNSET,
    sort: SearchMerchantsSort | Unset = SearchMerchantsSort.RELEVANCE,
    facets: list[SearchMerchantsFacetsType0Item] | Unset | None = UNSET,
    highlight: bool | Unset = False,
    offset: int | Unset = 0,
    limit: int | Unset = 25,
) -> MerchantSearchResponse | ProblemDetail | QueryValidationProblemDetail | None:
    """Searches the UCP merchant index by text, with filters, facets, highlights and sorting.

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
        from_date: Skip merchants not seen since this day: a YYYY-MM-DD date or epoch milliseconds.
        to_date: Skip merchants last seen after this day: a YYYY-MM-DD date or epoch milliseconds.
        enriched: Only merchants with (`True`) or without (`False`) enrichment data; text and category,
            brand, country or language filters need enrichment to match.
        sort: Order of results: `relevance` (default), `popularity` or `last_hit`.
        facets: Members to count values of across the results, such as `category` or `country`.
        highlight: Mark the matched text in each result.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most merchants to return in one page (1 to 100).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        MerchantSearchResponse | ProblemDetail | QueryValidationProblemDetail

    """

    return sync_detailed(
        client=client,
        q=q,
        category=category,
        country=country,
        language=language,
        brand=brand,
        capability=capability,
        payment=payment,
        transport=transport,
        a2a=a2a,
        oauth=oauth,
        from_date=from_date,
        to_date=to_date,
        enriched=enriched,
        sort=sort,
        facets=facets,
        highlight=highlight,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
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
    from_date: str | Unset | None = UNSET,
    to_date: str | Unset | None = UNSET,
    enriched: bool | Unset | None = UNSET,
    sort: SearchMerchantsSort | Unset = SearchMerchantsSort.RELEVANCE,
    facets: list[SearchMerchantsFacetsType0Item] | Unset | None = UNSET,
    highlight: bool | Unset = False,
    offset: int | Unset = 0,
    limit: int | Unset = 25,
) -> Response[MerchantSearchResponse | ProblemDetail | QueryValidationProblemDetail]:
    """Searches the UCP merchant index by text, with filters, facets, highlights and sorting.

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
        from_date: Skip merchants not seen since this day: a YYYY-MM-DD date or epoch milliseconds.
        to_date: Skip merchants last seen after this day: a YYYY-MM-DD date or epoch milliseconds.
        enriched: Only merchants with (`True`) or without (`False`) enrichment data; text and category,
            brand, country or language filters need enrichment to match.
        sort: Order of results: `relevance` (default), `popularity` or `last_hit`.
        facets: Members to count values of across the results, such as `category` or `country`.
        highlight: Mark the matched text in each result.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most merchants to return in one page (1 to 100).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[MerchantSearchResponse | ProblemDetail | QueryValidationProblemDetail]

    """

    kwargs = _get_kwargs(
        q=q,
        category=category,
        country=country,
        language=language,
        brand=brand,
        capability=capability,
        payment=payment,
        transport=transport,
        a2a=a2a,
        oauth=oauth,
        from_date=from_date,
        to_date=to_date,
        enriched=enriched,
        sort=sort,
        facets=facets,
        highlight=highlight,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
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
    from_date: str | Unset | None = UNSET,
    to_date: str | Unset | None = UNSET,
    enriched: bool | Unset | None = UNSET,
    sort: SearchMerchantsSort | Unset = SearchMerchantsSort.RELEVANCE,
    facets: list[SearchMerchantsFacetsType0Item] | Unset | None = UNSET,
    highlight: bool | Unset = False,
    offset: int | Unset = 0,
    limit: int | Unset = 25,
) -> MerchantSearchResponse | ProblemDetail | QueryValidationProblemDetail | None:
    """Searches the UCP merchant index by text, with filters, facets, highlights and sorting.

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
        from_date: Skip merchants not seen since this day: a YYYY-MM-DD date or epoch milliseconds.
        to_date: Skip merchants last seen after this day: a YYYY-MM-DD date or epoch milliseconds.
        enriched: Only merchants with (`True`) or without (`False`) enrichment data; text and category,
            brand, country or language filters need enrichment to match.
        sort: Order of results: `relevance` (default), `popularity` or `last_hit`.
        facets: Members to count values of across the results, such as `category` or `country`.
        highlight: Mark the matched text in each result.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most merchants to return in one page (1 to 100).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        MerchantSearchResponse | ProblemDetail | QueryValidationProblemDetail

    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            category=category,
            country=country,
            language=language,
            brand=brand,
            capability=capability,
            payment=payment,
            transport=transport,
            a2a=a2a,
            oauth=oauth,
            from_date=from_date,
            to_date=to_date,
            enriched=enriched,
            sort=sort,
            facets=facets,
            highlight=highlight,
            offset=offset,
            limit=limit,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "q": Parameter(
        "q",
        "q",
        "query",
        required=False,
        shape=Shape(kinds=("string", "null"), limits=Limits(max_length=512)),
        format=None,
    ),
    "category": Parameter(
        "category",
        "category",
        "query",
        required=False,
        shape=Shape(
            kinds=("array", "null"),
            items=Shape(kinds=("string",), limits=Limits(max_length=128)),
            limits=Limits(max_items=50),
        ),
        format=None,
    ),
    "country": Parameter(
        "country",
        "country",
        "query",
        required=False,
        shape=Shape(
            kinds=("array", "null"),
            items=Shape(kinds=("string",), limits=Limits(pattern="^[A-Za-z]{2}$")),
            limits=Limits(max_items=50),
        ),
        format=None,
    ),
    "language": Parameter(
        "language",
        "language",
        "query",
        required=False,
        shape=Shape(
            kinds=("array", "null"),
            items=Shape(kinds=("string",), limits=Limits(pattern="^[A-Za-z]{2,3}$")),
            limits=Limits(max_items=50),
        ),
        format=None,
    ),
    "brand": Parameter(
        "brand",
        "brand",
        "query",
        required=False,
        shape=Shape(
            kinds=("array", "null"),
            items=Shape(kinds=("string",), limits=Limits(max_length=128)),
            limits=Limits(max_items=50),
        ),
        format=None,
    ),
    "capability": Parameter(
        "capability",
        "capability",
        "query",
        required=False,
        shape=Shape(
            kinds=("array", "null"),
            items=Shape(kinds=("string",), limits=Limits(max_length=128)),
            limits=Limits(max_items=50),
        ),
        format=None,
    ),
    "payment": Parameter(
        "payment",
        "payment",
        "query",
        required=False,
        shape=Shape(
            kinds=("array", "null"),
            items=Shape(kinds=("string",), limits=Limits(max_length=128)),
            limits=Limits(max_items=50),
        ),
        format=None,
    ),
    "transport": Parameter(
        "transport",
        "transport",
        "query",
        required=False,
        shape=Shape(
            kinds=("array", "null"),
            items=Shape(kinds=("string",), values=("rest", "mcp", "a2a", "embedded")),
            limits=Limits(max_items=50),
        ),
        format=None,
    ),
    "a2a": Parameter("a2a", "a2a", "query", required=False, shape=Shape(kinds=("boolean", "null")), format=None),
    "oauth": Parameter("oauth", "oauth", "query", required=False, shape=Shape(kinds=("boolean", "null")), format=None),
    "from_date": Parameter(
        "from_date", "from_date", "query", required=False, shape=Shape(kinds=("string", "null")), format="date"
    ),
    "to_date": Parameter(
        "to_date", "to_date", "query", required=False, shape=Shape(kinds=("string", "null")), format="date"
    ),
    "enriched": Parameter(
        "enriched", "enriched", "query", required=False, shape=Shape(kinds=("boolean", "null")), format=None
    ),
    "sort": Parameter(
        "sort",
        "sort",
        "query",
        required=False,
        shape=Shape(kinds=("string",), values=("relevance", "popularity", "last_hit")),
        format=None,
    ),
    "facets": Parameter(
        "facets",
        "facets",
        "query",
        required=False,
        shape=Shape(
            kinds=("array", "null"),
            items=Shape(
                kinds=("string",),
                values=(
                    "category",
                    "brand",
                    "country",
                    "language",
                    "capability",
                    "payment",
                    "transport",
                    "a2a",
                    "oauth",
                ),
            ),
        ),
        format=None,
    ),
    "highlight": Parameter(
        "highlight", "highlight", "query", required=False, shape=Shape(kinds=("boolean",)), format=None
    ),
    "offset": Parameter(
        "offset",
        "offset",
        "query",
        required=False,
        shape=Shape(kinds=("integer",), limits=Limits(minimum=0)),
        format=None,
    ),
    "limit": Parameter(
        "limit",
        "limit",
        "query",
        required=False,
        shape=Shape(kinds=("integer",), limits=Limits(maximum=100, minimum=1)),
        format=None,
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
