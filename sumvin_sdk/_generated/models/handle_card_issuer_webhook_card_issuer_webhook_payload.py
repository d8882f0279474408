from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import PARSE_ERRORS, Model, note_failure

if TYPE_CHECKING:
    from ..models.handle_card_issuer_webhook_card_issuer_webhook_payload_card import (
        HandleCardIssuerWebhookCardIssuerWebhookPayloadCard,
    )


T = TypeVar("T", bound="HandleCardIssuerWebhookCardIssuerWebhookPayload")
_MEMBERS: frozenset[str] = frozenset(
    (
        "eventId",
        "cardExternalId",
        "card",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class HandleCardIssuerWebhookCardIssuerWebhookPayload(Model):
    """A signed tokenisation request from the card issuer, carrying the raw card details.

    Attributes:
        event_id: Unique id of the webhook delivery.
        card_external_id: Card external id of the event.
        card: Raw card details to tokenise at once; never stored or logged.
    """

    event_id: str
    card_external_id: str
    card: HandleCardIssuerWebhookCardIssuerWebhookPayloadCard
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "event_id",
        "card_external_id",
        "card",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        card_external_id = self.card_external_id

        card = self.card.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eventId": event_id,
                "cardExternalId": card_external_id,
                "card": card,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            HandleCardIssuerWebhookCardIssuerWebhookPayloadCard = (
                _models.HandleCardIssuerWebhookCardIssuerWebhookPayloadCard
            )
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "eventId"
            event_id = src_dict["eventId"]
            if type(event_id) is not str and not isinstance(event_id, str):
                raise TypeError(f"member 'eventId': expected str, got {type(event_id).__name__}")

            at = "cardExternalId"
            card_external_id = src_dict["cardExternalId"]
            if type(card_external_id) is not str and not isinstance(card_external_id, str):
                raise TypeError(f"member 'cardExternalId': expected str, got {type(card_external_id).__name__}")

            at = "card"
            card = HandleCardIssuerWebhookCardIssuerWebhookPayloadCard.from_dict(src_dict["card"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        handle_card_issuer_webhook_card_issuer_webhook_payload = object.__new__(cls)
        handle_card_issuer_webhook_card_issuer_webhook_payload.event_id = event_id
        handle_card_issuer_webhook_card_issuer_webhook_payload.card_external_id = card_external_id
        handle_card_issuer_webhook_card_issuer_webhook_payload.card = card
        handle_card_issuer_webhook_card_issuer_webhook_payload.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 3 else {}
        )
        return handle_card_issuer_webhook_card_issuer_webhook_payload

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


class HandleCardIssuerWebhookCardIssuerWebhookPayloadDict(TypedDict):
    """``HandleCardIssuerWebhookCardIssuerWebhookPayload`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    eventId: str
    cardExternalId: str
    card: Mapping[str, Any] | _models.HandleCardIssuerWebhookCardIssuerWebhookPayloadCard
