from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="IPAManifestItemData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "offer_id",
        "quantity",
        "unit_price_amount",
        "unit_price_asset",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class IPAManifestItemData(Model):
    """One item of a proposed basket: the offer, quantity and unit price.

    Attributes:
        offer_id: Id of the merchant offer.
        quantity: How many units of the item.
        unit_price_amount: Price of one unit, as a decimal string.
        unit_price_asset: Asset or currency the unit price is in.
    """

    offer_id: str
    quantity: int
    unit_price_amount: str
    unit_price_asset: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "offer_id",
        "quantity",
        "unit_price_amount",
        "unit_price_asset",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        offer_id = self.offer_id

        quantity = self.quantity

        unit_price_amount = self.unit_price_amount

        unit_price_asset = self.unit_price_asset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "offer_id": offer_id,
                "quantity": quantity,
                "unit_price_amount": unit_price_amount,
                "unit_price_asset": unit_price_asset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "offer_id"
            offer_id = src_dict["offer_id"]
            if type(offer_id) is not str and not isinstance(offer_id, str):
                raise TypeError(f"member 'offer_id': expected str, got {type(offer_id).__name__}")

            at = "quantity"
            quantity = src_dict["quantity"]
            if type(quantity) is not int and (not isinstance(quantity, int) or isinstance(quantity, bool)):
                raise TypeError(f"member 'quantity': expected int, got {type(quantity).__name__}")

            at = "unit_price_amount"
            unit_price_amount = src_dict["unit_price_amount"]
            if type(unit_price_amount) is not str and not isinstance(unit_price_amount, str):
                raise TypeError(f"member 'unit_price_amount': expected str, got {type(unit_price_amount).__name__}")

            at = "unit_price_asset"
            unit_price_asset = src_dict["unit_price_asset"]
            if type(unit_price_asset) is not str and not isinstance(unit_price_asset, str):
                raise TypeError(f"member 'unit_price_asset': expected str, got {type(unit_price_asset).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        ipa_manifest_item_data = object.__new__(cls)
        ipa_manifest_item_data.offer_id = offer_id
        ipa_manifest_item_data.quantity = quantity
        ipa_manifest_item_data.unit_price_amount = unit_price_amount
        ipa_manifest_item_data.unit_price_asset = unit_price_asset
        ipa_manifest_item_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 4 else {}
        )
        return ipa_manifest_item_data

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
