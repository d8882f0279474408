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
from ..models.card_tokenization_status import CardTokenizationStatus
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, epoch_ms, note_failure, parse_timestamp

if TYPE_CHECKING:
    from ..models.card_status_data import CardStatusData


T = TypeVar("T", bound="CardData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "last_four",
        "brand",
        "exp_month",
        "exp_year",
        "cardholder_name",
        "card_type",
        "is_primary",
        "linked_wallet_address",
        "created_at",
        "tokenization_status",
        "current_status",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class CardData(Model):
    """A payment card: last four digits, brand, expiry, linked wallet and state.

    Attributes:
        id: Unique id of the card.
        last_four: Last four digits of the card number.
        brand: Card network brand, such as Visa.
        exp_month: Month the card expires (1-12).
        exp_year: Year the card expires (four digits).
        cardholder_name: Name printed on the card; null when none is set.
        card_type: Kind of card, as the issuer names it.
        is_primary: True for the user's primary card.
        linked_wallet_address: Address of the wallet that funds the card; null when none is linked.
        created_at: When the card was created (epoch ms on the wire).
        tokenization_status: Whether the card has been added to a digital wallet, and how far that got.
        current_status: The card's present state; null when it has none yet.
    """

    id: str
    last_four: str
    brand: str
    exp_month: int
    exp_year: int
    cardholder_name: str | None
    card_type: str
    is_primary: bool
    linked_wallet_address: str | None
    created_at: datetime.datetime
    tokenization_status: CardTokenizationStatus
    current_status: CardStatusData | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "last_four",
        "brand",
        "exp_month",
        "exp_year",
        "cardholder_name",
        "card_type",
        "is_primary",
        "linked_wallet_address",
        "created_at",
        "tokenization_status",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("current_status",)

    def _json_dict(self) -> dict[str, Any]:
        from ..models.card_status_data import CardStatusData

        id = self.id

        last_four = self.last_four

        brand = self.brand

        exp_month = self.exp_month

        exp_year = self.exp_year

        cardholder_name: str | None
        cardholder_name = self.cardholder_name

        card_type = self.card_type

        is_primary = self.is_primary

        linked_wallet_address: str | None
        linked_wallet_address = self.linked_wallet_address

        created_at = epoch_ms(self.created_at)

        tokenization_status = CardTokenizationStatus(self.tokenization_status).value

        _current_status = UNSET if self.current_status is None and not self._nulls & 1 else self.current_status
        current_status: dict[str, Any] | Unset | None
        if isinstance(_current_status, Unset):
            current_status = UNSET
        elif isinstance(_current_status, CardStatusData):
            current_status = _current_status.to_dict()
        else:
            current_status = _current_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "last_four": last_four,
                "brand": brand,
                "exp_month": exp_month,
                "exp_year": exp_year,
                "cardholder_name": cardholder_name,
                "card_type": card_type,
                "is_primary": is_primary,
                "linked_wallet_address": linked_wallet_address,
                "created_at": created_at,
                "tokenization_status": tokenization_status,
            }
        )
        if current_status is not UNSET:
            field_dict["current_status"] = current_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            CardStatusData = _models.CardStatusData
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "last_four"
            last_four = src_dict["last_four"]
            if type(last_four) is not str and not isinstance(last_four, str):
                raise TypeError(f"member 'last_four': expected str, got {type(last_four).__name__}")

            at = "brand"
            brand = src_dict["brand"]
            if type(brand) is not str and not isinstance(brand, str):
                raise TypeError(f"member 'brand': expected str, got {type(brand).__name__}")

            at = "exp_month"
            exp_month = src_dict["exp_month"]
            if type(exp_month) is not int and (not isinstance(exp_month, int) or isinstance(exp_month, bool)):
                raise TypeError(f"member 'exp_month': expected int, got {type(exp_month).__name__}")

            at = "exp_year"
            exp_year = src_dict["exp_year"]
            if type(exp_year) is not int and (not isinstance(exp_year, int) or isinstance(exp_year, bool)):
                raise TypeError(f"member 'exp_year': expected int, got {type(exp_year).__name__}")

            at = "cardholder_name"
            cardholder_name = src_dict["cardholder_name"]
            if (
                type(cardholder_name) is not str
                and cardholder_name is not None
                and not isinstance(cardholder_name, str)
            ):
                raise TypeError(f"member 'cardholder_name': expected str or None, got {type(cardholder_name).__name__}")

            at = "card_type"
            card_type = src_dict["card_type"]
            if type(card_type) is not str and not isinstance(card_type, str):
                raise TypeError(f"member 'card_type': expected str, got {type(card_type).__name__}")

            at = "is_primary"
            is_primary = src_dict["is_primary"]
            if type(is_primary) is not bool and not isinstance(is_primary, bool):
                raise TypeError(f"member 'is_primary': expected bool, got {type(is_primary).__name__}")

            at = "linked_wallet_address"
            linked_wallet_address = src_dict["linked_wallet_address"]
            if (
                type(linked_wallet_address) is not str
                and linked_wallet_address is not None
                and not isinstance(linked_wallet_address, str)
            ):
                raise TypeError(
                    f"member 'linked_wallet_address': expected str or None, got {type(linked_wallet_address).__name__}"
                )

            at = "created_at"
            created_at = parse_timestamp(src_dict["created_at"])

            at = "tokenization_status"
            tokenization_status = CardTokenizationStatus.parse(src_dict["tokenization_status"])

            at = "current_status"
            current_status = src_dict.get("current_status", ABSENT)
            if current_status is not None and current_status is not ABSENT:
                if not isinstance(current_status, dict):
                    raise TypeError("member 'current_status': a value of the wrong type")
                current_status = CardStatusData.from_dict(current_status)

            if current_status is None:
                nulls |= 1

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        card_data = object.__new__(cls)
        card_data.id = id
        card_data.last_four = last_four
        card_data.brand = brand
        card_data.exp_month = exp_month
        card_data.exp_year = exp_year
        card_data.cardholder_name = cardholder_name
        card_data.card_type = card_type
        card_data.is_primary = is_primary
        card_data.linked_wallet_address = linked_wallet_address
        card_data.created_at = created_at
        card_data.tokenization_status = tokenization_status
        card_data.current_status = None if current_status is ABSENT else current_status
        card_data._nulls = nulls
        card_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 11 + (current_status is not ABSENT)
            else {}
        )
        return card_data

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
