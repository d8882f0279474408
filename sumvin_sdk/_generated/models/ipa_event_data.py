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
from ..models.ipa_event_type import IPAEventType
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, epoch_ms, note_failure, parse_timestamp

if TYPE_CHECKING:
    from ..models.ipa_event_data_payload_type_0 import IPAEventDataPayloadType0


T = TypeVar("T", bound="IPAEventData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "event_type",
        "created_at",
        "payload",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class IPAEventData(Model):
    """One thing that happened to an errand, with details that depend on its kind.

    Attributes:
        id: Unique id of the IPA event.
        event_type: Kind of change the errand went through.
        created_at: When the IPA event was created (epoch ms on the wire).
        payload: Details of the event; which members appear depends on `event_type`; null when it has none.
    """

    id: str
    event_type: IPAEventType
    created_at: datetime.datetime
    payload: IPAEventDataPayloadType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "event_type",
        "created_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("payload",)

    def _json_dict(self) -> dict[str, Any]:
        from ..models.ipa_event_data_payload_type_0 import IPAEventDataPayloadType0

        id = self.id

        event_type = IPAEventType(self.event_type).value

        created_at = epoch_ms(self.created_at)

        _payload = UNSET if self.payload is None and not self._nulls & 1 else self.payload
        payload: dict[str, Any] | Unset | None
        if isinstance(_payload, Unset):
            payload = UNSET
        elif isinstance(_payload, IPAEventDataPayloadType0):
            payload = _payload.to_dict()
        else:
            payload = _payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "event_type": event_type,
                "created_at": created_at,
            }
        )
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            IPAEventDataPayloadType0 = _models.IPAEventDataPayloadType0
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "event_type"
            event_type = IPAEventType.parse(src_dict["event_type"])

            at = "created_at"
            created_at = parse_timestamp(src_dict["created_at"])

            at = "payload"
            payload = src_dict.get("payload", ABSENT)
            if payload is not None and payload is not ABSENT:
                if not isinstance(payload, dict):
                    raise TypeError("member 'payload': a value of the wrong type")
                payload = IPAEventDataPayloadType0.from_dict(payload)

            if payload is None:
                nulls |= 1

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        ipa_event_data = object.__new__(cls)
        ipa_event_data.id = id
        ipa_event_data.event_type = event_type
        ipa_event_data.created_at = created_at
        ipa_event_data.payload = None if payload is ABSENT else payload
        ipa_event_data._nulls = nulls
        ipa_event_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 3 + (payload is not ABSENT)
            else {}
        )
        return ipa_event_data

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
