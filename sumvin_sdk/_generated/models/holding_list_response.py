from __future__ import annotations

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
from ..types import PARSE_ERRORS, Model, note_failure

if TYPE_CHECKING:
    from ..models.holding_data import HoldingData
    from ..models.holding_list_response_links import HoldingListResponseLinks


T = TypeVar("T", bound="HoldingListResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "holdings",
        "total",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class HoldingListResponse(Model):
    """What `list_investment_holdings` returns; it lists the holdings of one linked investment account.

    Attributes:
        field_links: HAL links for paging through the list and to related actions, keyed by relation.
        holdings: The holdings on this page.
        total: Number of items across all pages.
    """

    field_links: HoldingListResponseLinks
    holdings: list[HoldingData]
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "holdings",
        "total",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _ITEMS: ClassVar[str | None] = "holdings"

    def page_items(self) -> list[HoldingData]:
        """The items of this page (``Sumvin.paginate`` walks them across pages)."""
        return self.holdings

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        holdings = []
        for holdings_item_data in self.holdings:
            holdings_item = holdings_item_data.to_dict()
            holdings.append(holdings_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "holdings": holdings,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            HoldingData = _models.HoldingData
            HoldingListResponseLinks = _models.HoldingListResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = HoldingListResponseLinks.from_dict(src_dict["_links"])

            at = "holdings"
            _holdings = src_dict["holdings"]
            if not isinstance(_holdings, list):
                raise TypeError(f"member 'holdings': expected a list, got {type(_holdings).__name__}")

            holdings = [HoldingData.from_dict(holdings_item_data) for holdings_item_data in _holdings]

            at = "total"
            total = src_dict["total"]
            if type(total) is not int and (not isinstance(total, int) or isinstance(total, bool)):
                raise TypeError(f"member 'total': expected int, got {type(total).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        holding_list_response = object.__new__(cls)
        holding_list_response.field_links = field_links
        holding_list_response.holdings = holdings
        holding_list_response.total = total
        holding_list_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 3 else {}
        )
        return holding_list_response

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
