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
    from ..models.asset_links import AssetLinks
    from ..models.asset_price_data import AssetPriceData


T = TypeVar("T", bound="AssetPriceResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "price",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class AssetPriceResponse(Model):
    """What `get_asset_price` returns: an asset's current price in a fiat currency.

    Attributes:
        field_links: Links to the asset (`self`) and to its latest `price`.
        price: The asset's current price and its currency.
    """

    field_links: AssetLinks
    price: AssetPriceData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "price",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        price = self.price.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "price": price,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            AssetLinks = _models.AssetLinks
            AssetPriceData = _models.AssetPriceData
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = AssetLinks.from_dict(src_dict["_links"])

            at = "price"
            price = AssetPriceData.from_dict(src_dict["price"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        asset_price_response = object.__new__(cls)
        asset_price_response.field_links = field_links
        asset_price_response.price = price
        asset_price_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return asset_price_response

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
