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
from ..types import PARSE_ERRORS, Model, epoch_ms, note_failure, parse_timestamp

if TYPE_CHECKING:
    from ..models.card_action_response_links import CardActionResponseLinks
    from ..models.card_status_data import CardStatusData


T = TypeVar("T", bound="CardActionResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "id",
        "last_four",
        "brand",
        "card_type",
        "is_primary",
        "created_at",
        "previous_status",
        "current_status",
        "action",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class CardActionResponse(Model):
    """What `freeze_card` and 4 other operations return: a card action.

    Attributes:
        field_links: HAL links to this resource and to the actions available next, keyed by relation.
        id: Unique id of the card action.
        last_four: Last four digits of the card number.
        brand: Card network brand, such as Visa.
        card_type: Kind of card, as the issuer names it.
        is_primary: True for the user's primary card.
        created_at: When the card action was created (epoch ms on the wire).
        previous_status: The card's state before the action.
        current_status: The card's state after the action.
        action: The action that was performed on the card, such as freezing it.
    """

    field_links: CardActionResponseLinks
    id: str
    last_four: str
    brand: str
    card_type: str
    is_primary: bool
    created_at: datetime.datetime
    previous_status: CardStatusData
    current_status: CardStatusData
    action: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "id",
        "last_four",
        "brand",
        "card_type",
        "is_primary",
        "created_at",
        "previous_status",
        "current_status",
        "action",
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

        previous_status = self.previous_status.to_dict()

        current_status = self.current_status.to_dict()

        action = self.action

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
                "previous_status": previous_status,
                "current_status": current_status,
                "action": action,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            CardActionResponseLinks = _models.CardActionResponseLinks
            CardStatusData = _models.CardStatusData
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = CardActionResponseLinks.from_dict(src_dict["_links"])

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

            at = "previous_status"
            previous_status = CardStatusData.from_dict(src_dict["previous_status"])

            at = "current_status"
            current_status = CardStatusData.from_dict(src_dict["current_status"])

            at = "action"
            action = src_dict["action"]
            if type(action) is not str and not isinstance(action, str):
                raise TypeError(f"member 'action': expected str, got {type(action).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        card_action_response = object.__new__(cls)
        card_action_response.field_links = field_links
        card_action_response.id = id
        card_action_response.last_four = last_four
        card_action_response.brand = brand
        card_action_response.card_type = card_type
        card_action_response.is_primary = is_primary
        card_action_response.created_at = created_at
        card_action_response.previous_status = previous_status
        card_action_response.current_status = current_status
        card_action_response.action = action
        card_action_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 10 else {}
        )
        return card_action_response

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
