from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionCardData")


@_attrs_define
class TransactionCardData:
    """A transaction card.

    Attributes:
        last_four (None | str | Unset): Last four digits of the card number.
        brand (None | str | Unset): Card network brand, such as Visa.
        card_type (None | str | Unset): Card type of the transaction card.
    """

    last_four: str | Unset | None = UNSET
    brand: str | Unset | None = UNSET
    card_type: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_four: str | Unset | None
        if isinstance(self.last_four, Unset):
            last_four = UNSET
        else:
            last_four = self.last_four

        brand: str | Unset | None
        if isinstance(self.brand, Unset):
            brand = UNSET
        else:
            brand = self.brand

        card_type: str | Unset | None
        if isinstance(self.card_type, Unset):
            card_type = UNSET
        else:
            card_type = self.card_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_four is not UNSET:
            field_dict["last_four"] = last_four
        if brand is not UNSET:
            field_dict["brand"] = brand
        if card_type is not UNSET:
            field_dict["card_type"] = card_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        last_four: str | Unset | None = d.pop("last_four", UNSET)
        if last_four is not None and not isinstance(last_four, Unset) and not isinstance(last_four, str):
            raise TypeError(f"member 'last_four': expected str or None or Unset, got {type(last_four).__name__}")

        brand: str | Unset | None = d.pop("brand", UNSET)
        if brand is not None and not isinstance(brand, Unset) and not isinstance(brand, str):
            raise TypeError(f"member 'brand': expected str or None or Unset, got {type(brand).__name__}")

        card_type: str | Unset | None = d.pop("card_type", UNSET)
        if card_type is not None and not isinstance(card_type, Unset) and not isinstance(card_type, str):
            raise TypeError(f"member 'card_type': expected str or None or Unset, got {type(card_type).__name__}")

        transaction_card_data = cls(
            last_four=last_four,
            brand=brand,
            card_type=card_type,
        )

        transaction_card_data.additional_properties = d
        return transaction_card_data

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
