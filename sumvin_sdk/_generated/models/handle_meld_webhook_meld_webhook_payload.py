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
    from ..models.handle_meld_webhook_meld_webhook_payload_meld_webhook_event_payload import (
        HandleMeldWebhookMeldWebhookPayloadMeldWebhookEventPayload,
    )


T = TypeVar("T", bound="HandleMeldWebhookMeldWebhookPayload")
_MEMBERS: frozenset[str] = frozenset(
    (
        "eventType",
        "eventId",
        "timestamp",
        "payload",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class HandleMeldWebhookMeldWebhookPayload(Model):
    """An event Meld signs and posts: its kind, delivery id, time and the ramp transaction it is about.

    Attributes:
        event_type: Kind of Meld event, such as `TRANSACTION_CRYPTO_COMPLETE`.
        event_id: Unique id of the webhook delivery.
        timestamp: When Meld sent the event.
        payload: The ramp transaction the event is about, in Meld's own field names.
    """

    event_type: str
    event_id: str
    timestamp: str
    payload: HandleMeldWebhookMeldWebhookPayloadMeldWebhookEventPayload
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "event_type",
        "event_id",
        "timestamp",
        "payload",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        event_id = self.event_id

        timestamp = self.timestamp

        payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eventType": event_type,
                "eventId": event_id,
                "timestamp": timestamp,
                "payload": payload,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            HandleMeldWebhookMeldWebhookPayloadMeldWebhookEventPayload = (
                _models.HandleMeldWebhookMeldWebhookPayloadMeldWebhookEventPayload
            )
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "eventType"
            event_type = src_dict["eventType"]
            if type(event_type) is not str and not isinstance(event_type, str):
                raise TypeError(f"member 'eventType': expected str, got {type(event_type).__name__}")

            at = "eventId"
            event_id = src_dict["eventId"]
            if type(event_id) is not str and not isinstance(event_id, str):
                raise TypeError(f"member 'eventId': expected str, got {type(event_id).__name__}")

            at = "timestamp"
            timestamp = src_dict["timestamp"]
            if type(timestamp) is not str and not isinstance(timestamp, str):
                raise TypeError(f"member 'timestamp': expected str, got {type(timestamp).__name__}")

            at = "payload"
            payload = HandleMeldWebhookMeldWebhookPayloadMeldWebhookEventPayload.from_dict(src_dict["payload"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        handle_meld_webhook_meld_webhook_payload = object.__new__(cls)
        handle_meld_webhook_meld_webhook_payload.event_type = event_type
        handle_meld_webhook_meld_webhook_payload.event_id = event_id
        handle_meld_webhook_meld_webhook_payload.timestamp = timestamp
        handle_meld_webhook_meld_webhook_payload.payload = payload
        handle_meld_webhook_meld_webhook_payload.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 4 else {}
        )
        return handle_meld_webhook_meld_webhook_payload

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


class HandleMeldWebhookMeldWebhookPayloadDict(TypedDict):
    """``HandleMeldWebhookMeldWebhookPayload`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    eventType: str
    eventId: str
    timestamp: str
    payload: Mapping[str, Any] | _models.HandleMeldWebhookMeldWebhookPayloadMeldWebhookEventPayload
