from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, epoch_ms, note_failure, parse_timestamp

if TYPE_CHECKING:
    from ..models.merchant_resource import MerchantResource
    from ..models.merchant_search_response_facets_type_0 import MerchantSearchResponseFacetsType0
    from ..models.merchant_search_response_links import MerchantSearchResponseLinks
    from ..models.merchant_search_response_query import MerchantSearchResponseQuery


T = TypeVar("T", bound="MerchantSearchResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "results",
        "total",
        "offset",
        "limit",
        "query",
        "queried_at",
        "facets",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class MerchantSearchResponse(Model):
    """What `search_merchants` returns; it searches the UCP merchant index by text, with filters, facets, highlights and
    sorting.

        Example:
            {'_links': {'self': {'href': '/v0/ucp/merchants?q=sneakers&country=US'}}, 'limit': 25, 'offset': 0,
                'queried_at': 1706745600000, 'query': {'country': ['US'], 'q': 'sneakers'}, 'results': [{'_links':
                {'describedby': {'href': 'https://shop.example.com/.well-known/ucp'}, 'self': {'href':
                '/v0/ucp/merchants/shop.example.com'}}, '_score': 8.42, 'domain': 'shop.example.com', 'merchant': {'brands':
                ['ExampleBrand'], 'categories': ['apparel', 'footwear'], 'locale': {'country': 'US', 'language': 'en'}, 'name':
                'Example Shop', 'products': ['sneakers', 'jackets'], 'provenance': {'confidence': 0.92}}, 'merchant_id':
                'k3jf7q2xmn4pz', 'meta': {'first_hit_at': 1704067200000, 'last_hit_at': 1706745600000}, 'ucp': {'a2a':
                {'enabled': True}, 'capabilities': ['dev.ucp.shopping.checkout'], 'oauth': {'enabled': False},
                'payment_handlers': ['com.google.pay'], 'services': [{'endpoint': 'https://example-
                shop.myshopify.com/api/ucp/mcp', 'namespace': 'dev.ucp.shopping', 'transport': 'mcp'}], 'transports': ['mcp',
                'embedded'], 'version': '2026-04-08'}}], 'total': 1}

        Attributes:
            field_links: HAL links for paging through the list and to related actions, keyed by relation.
            results: The merchants that match.
            total: Number of items across all pages.
            offset: Number of items skipped before this page.
            limit: Page size that was applied.
            query: The query parameters the search actually used.
            queried_at: When the merchant search was queried (epoch ms on the wire).
            facets: Counts of values for each facet asked for; present only when facets were asked for.
    """

    field_links: MerchantSearchResponseLinks
    results: list[MerchantResource]
    total: int
    offset: int
    limit: int
    query: MerchantSearchResponseQuery
    queried_at: datetime.datetime
    facets: MerchantSearchResponseFacetsType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "results",
        "total",
        "offset",
        "limit",
        "query",
        "queried_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("facets",)
    _ITEMS: ClassVar[str | None] = "results"

    def page_items(self) -> list[MerchantResource]:
        """The items of this page (``Sumvin.paginate`` walks them across pages)."""
        return self.results

    def _json_dict(self) -> dict[str, Any]:
        from ..models.merchant_search_response_facets_type_0 import MerchantSearchResponseFacetsType0

        field_links = self.field_links.to_dict()

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        total = self.total

        offset = self.offset

        limit = self.limit

        query = self.query.to_dict()

        queried_at = epoch_ms(self.queried_at)

        _facets = UNSET if self.facets is None and not self._nulls & 1 else self.facets
        facets: dict[str, Any] | Unset | None
        if isinstance(_facets, Unset):
            facets = UNSET
        elif isinstance(_facets, MerchantSearchResponseFacetsType0):
            facets = _facets.to_dict()
        else:
            facets = _facets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "results": results,
                "total": total,
                "offset": offset,
                "limit": limit,
                "query": query,
                "queried_at": queried_at,
            }
        )
        if facets is not UNSET:
            field_dict["facets"] = facets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            MerchantResource = _models.MerchantResource
            MerchantSearchResponseFacetsType0 = _models.MerchantSearchResponseFacetsType0
            MerchantSearchResponseLinks = _models.MerchantSearchResponseLinks
            MerchantSearchResponseQuery = _models.MerchantSearchResponseQuery
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "_links"
            field_links = MerchantSearchResponseLinks.from_dict(src_dict["_links"])

            at = "results"
            _results = src_dict["results"]
            if not isinstance(_results, list):
                raise TypeError(f"member 'results': expected a list, got {type(_results).__name__}")

            results = [MerchantResource.from_dict(results_item_data) for results_item_data in _results]

            at = "total"
            total = src_dict["total"]
            if type(total) is not int and (not isinstance(total, int) or isinstance(total, bool)):
                raise TypeError(f"member 'total': expected int, got {type(total).__name__}")

            at = "offset"
            offset = src_dict["offset"]
            if type(offset) is not int and (not isinstance(offset, int) or isinstance(offset, bool)):
                raise TypeError(f"member 'offset': expected int, got {type(offset).__name__}")

            at = "limit"
            limit = src_dict["limit"]
            if type(limit) is not int and (not isinstance(limit, int) or isinstance(limit, bool)):
                raise TypeError(f"member 'limit': expected int, got {type(limit).__name__}")

            at = "query"
            query = MerchantSearchResponseQuery.from_dict(src_dict["query"])

            at = "queried_at"
            queried_at = parse_timestamp(src_dict["queried_at"])

            at = "facets"
            facets = src_dict.get("facets", ABSENT)
            if facets is not None and facets is not ABSENT:
                if not isinstance(facets, dict):
                    raise TypeError("member 'facets': a value of the wrong type")
                facets = MerchantSearchResponseFacetsType0.from_dict(facets)

            if facets is None:
                nulls |= 1

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        merchant_search_response = object.__new__(cls)
        merchant_search_response.field_links = field_links
        merchant_search_response.results = results
        merchant_search_response.total = total
        merchant_search_response.offset = offset
        merchant_search_response.limit = limit
        merchant_search_response.query = query
        merchant_search_response.queried_at = queried_at
        merchant_search_response.facets = None if facets is ABSENT else facets
        merchant_search_response._nulls = nulls
        merchant_search_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 7 + (facets is not ABSENT)
            else {}
        )
        return merchant_search_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
