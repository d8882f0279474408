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
    from ..models.pint_list_item import PintListItem
    from ..models.pint_list_response_links import PintListResponseLinks


T = TypeVar("T", bound="PintListResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "data",
        "has_more",
        "cursor",
        "limit",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class PintListResponse(Model):
    """What `list_pints` returns; it lists the purchase intents (PINTs) of one wallet, sorted and paged by cursor.

    Attributes:
        field_links: HAL links for paging through the list and to related actions, keyed by relation.
        data: The PINTs on this page.
        has_more: True when there are more PINTs after this page.
        cursor: Cursor to pass for the next page; null when `has_more` is false.
        limit: Page size that was applied.
    """

    field_links: PintListResponseLinks
    data: list[PintListItem]
    has_more: bool
    cursor: str | None
    limit: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "data",
        "has_more",
        "cursor",
        "limit",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _ITEMS: ClassVar[str | None] = "data"

    def page_items(self) -> list[PintListItem]:
        """The items of this page (``Sumvin.paginate`` walks them across pages)."""
        return self.data

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        has_more = self.has_more

        cursor: str | None
        cursor = self.cursor

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "data": data,
                "has_more": has_more,
                "cursor": cursor,
                "limit": limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            PintListItem = _models.PintListItem
            PintListResponseLinks = _models.PintListResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = PintListResponseLinks.from_dict(src_dict["_links"])

            at = "data"
            _data = src_dict["data"]
            if not isinstance(_data, list):
                raise TypeError(f"member 'data': expected a list, got {type(_data).__name__}")

            data = [PintListItem.from_dict(data_item_data) for data_item_data in _data]

            at = "has_more"
            has_more = src_dict["has_more"]
            if type(has_more) is not bool and not isinstance(has_more, bool):
                raise TypeError(f"member 'has_more': expected bool, got {type(has_more).__name__}")

            at = "cursor"
            cursor = src_dict["cursor"]
            if type(cursor) is not str and cursor is not None and not isinstance(cursor, str):
                raise TypeError(f"member 'cursor': expected str or None, got {type(cursor).__name__}")

            at = "limit"
            limit = src_dict["limit"]
            if type(limit) is not int and (not isinstance(limit, int) or isinstance(limit, bool)):
                raise TypeError(f"member 'limit': expected int, got {type(limit).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        pint_list_response = object.__new__(cls)
        pint_list_response.field_links = field_links
        pint_list_response.data = data
        pint_list_response.has_more = has_more
        pint_list_response.cursor = cursor
        pint_list_response.limit = limit
        pint_list_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 5 else {}
        )
        return pint_list_response

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
