from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, note_failure

T = TypeVar("T", bound="CardIssuerWebhookAck")
_MEMBERS: frozenset[str] = frozenset(("received",))  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class CardIssuerWebhookAck(Model):
    """What `handle_card_issuer_webhook` returns; it receiver for the card issuer's tokenisation events, verified by their
    signature headers.

        Attributes:
            received: True once the API has taken the webhook in. Default: True.
    """

    received: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("received",)

    def _json_dict(self) -> dict[str, Any]:
        _received = UNSET if self.received is None else self.received
        received = _received

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if received is not UNSET:
            field_dict["received"] = received

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            received = src_dict.get("received", ABSENT)
            if type(received) is not bool and received is not ABSENT and not isinstance(received, bool):
                raise TypeError(f"member 'received': expected bool or Unset, got {type(received).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        card_issuer_webhook_ack = object.__new__(cls)
        card_issuer_webhook_ack.received = None if received is ABSENT else received
        card_issuer_webhook_ack.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 0 + (received is not ABSENT)
            else {}
        )
        return card_issuer_webhook_ack

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
