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
    from ..models.ipa_data import IPAData
    from ..models.ipa_list_response_links import IPAListResponseLinks


T = TypeVar("T", bound="IPAListResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "intents",
        "total",
        "offset",
        "limit",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class IPAListResponse(Model):
    """What `list_ipas` returns; it lists the user's errands (IPAs, intelligent purchase authorisations), filterable by
    status and type, sortable.

        Attributes:
            field_links: HAL links for paging through the list and to related actions, keyed by relation.
            intents: The intents on this page.
            total: Number of items across all pages.
            offset: Number of items skipped before this page.
            limit: Page size that was applied.
    """

    field_links: IPAListResponseLinks
    intents: list[IPAData]
    total: int
    offset: int
    limit: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "intents",
        "total",
        "offset",
        "limit",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _ITEMS: ClassVar[str | None] = "intents"

    def page_items(self) -> list[IPAData]:
        """The items of this page (``Sumvin.paginate`` walks them across pages)."""
        return self.intents

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        intents = []
        for intents_item_data in self.intents:
            intents_item = intents_item_data.to_dict()
            intents.append(intents_item)

        total = self.total

        offset = self.offset

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "intents": intents,
                "total": total,
                "offset": offset,
                "limit": limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            IPAData = _models.IPAData
            IPAListResponseLinks = _models.IPAListResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = IPAListResponseLinks.from_dict(src_dict["_links"])

            at = "intents"
            _intents = src_dict["intents"]
            if not isinstance(_intents, list):
                raise TypeError(f"member 'intents': expected a list, got {type(_intents).__name__}")

            intents = [IPAData.from_dict(intents_item_data) for intents_item_data in _intents]

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

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        ipa_list_response = object.__new__(cls)
        ipa_list_response.field_links = field_links
        ipa_list_response.intents = intents
        ipa_list_response.total = total
        ipa_list_response.offset = offset
        ipa_list_response.limit = limit
        ipa_list_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 5 else {}
        )
        return ipa_list_response

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
