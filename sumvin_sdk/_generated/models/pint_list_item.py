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
    from ..models.pint_detail_data import PintDetailData
    from ..models.pint_list_item_links import PintListItemLinks


T = TypeVar("T", bound="PintListItem")
_MEMBERS: frozenset[str] = frozenset(
    (
        "pint",
        "_links",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class PintListItem(Model):
    """One PINT in a list, with its links.

    Attributes:
        pint: One PINT of the page, with its limits and spending so far.
        field_links: Links to the PINT and the actions available on it.
    """

    pint: PintDetailData
    field_links: PintListItemLinks
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "pint",
        "field_links",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        pint = self.pint.to_dict()

        field_links = self.field_links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pint": pint,
                "_links": field_links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            PintDetailData = _models.PintDetailData
            PintListItemLinks = _models.PintListItemLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "pint"
            pint = PintDetailData.from_dict(src_dict["pint"])

            at = "_links"
            field_links = PintListItemLinks.from_dict(src_dict["_links"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        pint_list_item = object.__new__(cls)
        pint_list_item.pint = pint
        pint_list_item.field_links = field_links
        pint_list_item.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return pint_list_item

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
