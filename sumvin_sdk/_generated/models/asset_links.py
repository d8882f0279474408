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
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="AssetLinks")
_MEMBERS: frozenset[str] = frozenset(
    (
        "self",
        "price",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class AssetLinks(Model):
    """Links of an asset: related resources and the actions available.

    Attributes:
        self_: Link to this resource.
        price: Link to the asset's current market price; null when none is offered.
    """

    self_: Link
    price: Link | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("self_",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("price",)

    def _json_dict(self) -> dict[str, Any]:
        from ..models.link import Link

        self_ = self.self_.to_dict()

        _price = UNSET if self.price is None and not self._nulls & 1 else self.price
        price: dict[str, Any] | Unset | None
        if isinstance(_price, Unset):
            price = UNSET
        elif isinstance(_price, Link):
            price = _price.to_dict()
        else:
            price = _price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "self": self_,
            }
        )
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            Link = _models.Link
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "self"
            self_ = Link.from_dict(src_dict["self"])

            at = "price"
            price = src_dict.get("price", ABSENT)
            if price is not None and price is not ABSENT:
                if not isinstance(price, dict):
                    raise TypeError("member 'price': a value of the wrong type")
                price = Link.from_dict(price)

            if price is None:
                nulls |= 1

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        asset_links = object.__new__(cls)
        asset_links.self_ = self_
        asset_links.price = None if price is ABSENT else price
        asset_links._nulls = nulls
        asset_links.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 1 + (price is not ABSENT)
            else {}
        )
        return asset_links

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
