from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Literal,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="CardCheckoutSource")
_MEMBERS: frozenset[str] = frozenset(
    (
        "source",
        "card_id",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class CardCheckoutSource(Model):
    """Body of `start_checkout`, which starts a checkout with a card or the demo source; it proceeds in the background.

    Attributes:
        source: Always `card`: pay with a prepared card.
        card_id: Id of the prepared card to pay with.
    """

    source: Literal["card"]
    card_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "source",
        "card_id",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        source = self.source

        card_id = self.card_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "card_id": card_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "source"
            source = cast(Literal["card"], src_dict["source"])
            if source != "card":
                raise ValueError(f"source must match const 'card', got '{source}'")

            at = "card_id"
            card_id = src_dict["card_id"]
            if type(card_id) is not str and not isinstance(card_id, str):
                raise TypeError(f"member 'card_id': expected str, got {type(card_id).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        card_checkout_source = object.__new__(cls)
        card_checkout_source.source = source
        card_checkout_source.card_id = card_id
        card_checkout_source.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return card_checkout_source

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


class CardCheckoutSourceDict(TypedDict):
    """``CardCheckoutSource`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    source: Literal["card"]
    card_id: str
