from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    NotRequired,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, epoch_ms, note_failure, parse_timestamp

if TYPE_CHECKING:
    from ..models.message_input_metadata_type_0 import MessageInputMetadataType0
    from ..models.message_input_parts_item import MessageInputPartsItem


T = TypeVar("T", bound="MessageInput")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "role",
        "parts",
        "created_at",
        "metadata",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class MessageInput(Model):
    """A chat message to store: its id, author and parts.

    Attributes:
        id: Id the client gives the message (1 to 64 characters).
        role: Who wrote the message, such as `user` or `assistant`.
        parts: Content of the message as typed parts (text, files, tool calls).
        created_at: When the message was created (epoch ms on the wire).
        metadata: Extra data to store with the message; null for none.
    """

    id: str
    role: str
    parts: list[MessageInputPartsItem]
    created_at: datetime.datetime | Unset | None = UNSET
    metadata: MessageInputMetadataType0 | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "role",
        "parts",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "created_at",
        "metadata",
    )
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        from ..models.message_input_metadata_type_0 import MessageInputMetadataType0

        id = self.id

        role = self.role

        parts = []
        for parts_item_data in self.parts:
            parts_item = parts_item_data.to_dict()
            parts.append(parts_item)

        created_at: int | Unset | None
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = epoch_ms(self.created_at)
        else:
            created_at = self.created_at

        metadata: dict[str, Any] | Unset | None
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MessageInputMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "role": role,
                "parts": parts,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            MessageInputMetadataType0 = _models.MessageInputMetadataType0
            MessageInputPartsItem = _models.MessageInputPartsItem
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "role"
            role = src_dict["role"]
            if type(role) is not str and not isinstance(role, str):
                raise TypeError(f"member 'role': expected str, got {type(role).__name__}")

            at = "parts"
            _parts = src_dict["parts"]
            if not isinstance(_parts, list):
                raise TypeError(f"member 'parts': expected a list, got {type(_parts).__name__}")

            parts = [MessageInputPartsItem.from_dict(parts_item_data) for parts_item_data in _parts]

            at = "created_at"
            created_at = src_dict.get("created_at", ABSENT)
            if created_at is not None and created_at is not ABSENT:
                if not isinstance(created_at, int | float | str):
                    raise TypeError("member 'created_at': a value of the wrong type")
                created_at = parse_timestamp(created_at)

            at = "metadata"
            metadata = src_dict.get("metadata", ABSENT)
            if metadata is not None and metadata is not ABSENT:
                if not isinstance(metadata, dict):
                    raise TypeError("member 'metadata': a value of the wrong type")
                metadata = MessageInputMetadataType0.from_dict(metadata)

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        message_input = object.__new__(cls)
        message_input.id = id
        message_input.role = role
        message_input.parts = parts
        message_input.created_at = created_at
        message_input.metadata = metadata
        message_input.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 3 + (created_at is not ABSENT) + (metadata is not ABSENT)
            else {}
        )
        return message_input

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


class MessageInputDict(TypedDict):
    """``MessageInput`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    id: str
    role: str
    parts: list[Mapping[str, Any] | _models.MessageInputPartsItem]
    created_at: NotRequired[int | str | None]
    metadata: NotRequired[Mapping[str, Any] | _models.MessageInputMetadataType0 | None]
