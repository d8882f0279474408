from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

T = TypeVar("T", bound="TransactionCardData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "last_four",
        "brand",
        "card_type",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class TransactionCardData(Model):
    """The card used for a card transaction: last four digits, brand and kind.

    Attributes:
        last_four: Last four digits of the card number.
        brand: Card network brand, such as Visa.
        card_type: Kind of card (`debit` or `credit`); null when unknown.
    """

    last_four: str | None = None
    brand: str | None = None
    card_type: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "last_four",
        "brand",
        "card_type",
    )

    def _json_dict(self) -> dict[str, Any]:
        _last_four = UNSET if self.last_four is None and not self._nulls & 1 else self.last_four
        last_four: str | Unset | None
        if isinstance(_last_four, Unset):
            last_four = UNSET
        else:
            last_four = _last_four

        _brand = UNSET if self.brand is None and not self._nulls & 2 else self.brand
        brand: str | Unset | None
        if isinstance(_brand, Unset):
            brand = UNSET
        else:
            brand = _brand

        _card_type = UNSET if self.card_type is None and not self._nulls & 4 else self.card_type
        card_type: str | Unset | None
        if isinstance(_card_type, Unset):
            card_type = UNSET
        else:
            card_type = _card_type

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
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "last_four"
            last_four = src_dict.get("last_four", ABSENT)
            if (
                type(last_four) is not str
                and last_four is not None
                and last_four is not ABSENT
                and not isinstance(last_four, str)
            ):
                raise TypeError(f"member 'last_four': expected str or None or Unset, got {type(last_four).__name__}")

            if last_four is None:
                nulls |= 1

            at = "brand"
            brand = src_dict.get("brand", ABSENT)
            if type(brand) is not str and brand is not None and brand is not ABSENT and not isinstance(brand, str):
                raise TypeError(f"member 'brand': expected str or None or Unset, got {type(brand).__name__}")

            if brand is None:
                nulls |= 2

            at = "card_type"
            card_type = src_dict.get("card_type", ABSENT)
            if (
                type(card_type) is not str
                and card_type is not None
                and card_type is not ABSENT
                and not isinstance(card_type, str)
            ):
                raise TypeError(f"member 'card_type': expected str or None or Unset, got {type(card_type).__name__}")

            if card_type is None:
                nulls |= 4

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        transaction_card_data = object.__new__(cls)
        transaction_card_data.last_four = None if last_four is ABSENT else last_four
        transaction_card_data.brand = None if brand is ABSENT else brand
        transaction_card_data.card_type = None if card_type is ABSENT else card_type
        transaction_card_data._nulls = nulls
        transaction_card_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 0 + (last_four is not ABSENT) + (brand is not ABSENT) + (card_type is not ABSENT)
            else {}
        )
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
