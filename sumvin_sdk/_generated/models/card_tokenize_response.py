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
from ..types import PARSE_ERRORS, Model, epoch_ms, note_failure, parse_timestamp

if TYPE_CHECKING:
    from ..models.card_tokenize_response_links import CardTokenizeResponseLinks


T = TypeVar("T", bound="CardTokenizeResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "id",
        "last_four",
        "brand",
        "card_type",
        "is_primary",
        "created_at",
        "tokenization_status",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class CardTokenizeResponse(Model):
    """What `tokenize_card` returns; it prepares a card for payments made by agents, in one step; the answer says how far
    the card got.

        Attributes:
            field_links: HAL links to this resource and to the actions available next, keyed by relation.
            id: Unique id of the card tokenize.
            last_four: Last four digits of the card number.
            brand: Card network brand, such as Visa.
            card_type: Kind of card, as the issuer names it.
            is_primary: True for the user's primary card.
            created_at: When the card tokenize was created (epoch ms on the wire).
            tokenization_status: Where adding the card to a digital wallet stands.
    """

    field_links: CardTokenizeResponseLinks
    id: str
    last_four: str
    brand: str
    card_type: str
    is_primary: bool
    created_at: datetime.datetime
    tokenization_status: CardTokenizationStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "id",
        "last_four",
        "brand",
        "card_type",
        "is_primary",
        "created_at",
        "tokenization_status",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        id = self.id

        last_four = self.last_four

        brand = self.brand

        card_type = self.card_type

        is_primary = self.is_primary

        created_at = epoch_ms(self.created_at)

        tokenization_status = CardTokenizationStatus(self.tokenization_status).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "id": id,
                "last_four": last_four,
                "brand": brand,
                "card_type": card_type,
                "is_primary": is_primary,
                "created_at": created_at,
                "tokenization_status": tokenization_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            CardTokenizeResponseLinks = _models.CardTokenizeResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = CardTokenizeResponseLinks.from_dict(src_dict["_links"])

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

            at = "card_type"
            card_type = src_dict["card_type"]
            if type(card_type) is not str and not isinstance(card_type, str):
                raise TypeError(f"member 'card_type': expected str, got {type(card_type).__name__}")

            at = "is_primary"
            is_primary = src_dict["is_primary"]
            if type(is_primary) is not bool and not isinstance(is_primary, bool):
                raise TypeError(f"member 'is_primary': expected bool, got {type(is_primary).__name__}")

            at = "created_at"
            created_at = parse_timestamp(src_dict["created_at"])

            at = "tokenization_status"
            tokenization_status = CardTokenizationStatus.parse(src_dict["tokenization_status"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        card_tokenize_response = object.__new__(cls)
        card_tokenize_response.field_links = field_links
        card_tokenize_response.id = id
        card_tokenize_response.last_four = last_four
        card_tokenize_response.brand = brand
        card_tokenize_response.card_type = card_type
        card_tokenize_response.is_primary = is_primary
        card_tokenize_response.created_at = created_at
        card_tokenize_response.tokenization_status = tokenization_status
        card_tokenize_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 8 else {}
        )
        return card_tokenize_response

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
