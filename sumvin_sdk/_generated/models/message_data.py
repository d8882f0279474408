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
    from ..models.message_data_extra_metadata_type_0 import MessageDataExtraMetadataType0
    from ..models.message_data_parts_item import MessageDataPartsItem


T = TypeVar("T", bound="MessageData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "message_id",
        "role",
        "text_content",
        "parts",
        "tool_names",
        "extra_metadata",
        "sequence",
        "created_at",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class MessageData(Model):
    """A stored chat message: who wrote it, its parts and its place in the session.

    Attributes:
        id: Sumvin's id of the stored message.
        message_id: Id the client saved the message under (see `MessageInput.id`).
        role: Who wrote the message, such as `user` or `assistant`.
        text_content: The message's plain text; null when it has only other parts.
        parts: Content of the message as typed parts (text, files, tool calls).
        tool_names: Tools the agent used for the message; null when none.
        extra_metadata: Extra data stored with the message; null when none.
        sequence: Position of the message in the session, counting from the first.
        created_at: When the message was created (epoch ms on the wire).
    """

    id: str
    message_id: str
    role: str
    text_content: str | None
    parts: list[MessageDataPartsItem]
    tool_names: list[str] | None
    extra_metadata: MessageDataExtraMetadataType0 | None
    sequence: int
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "message_id",
        "role",
        "text_content",
        "parts",
        "tool_names",
        "extra_metadata",
        "sequence",
        "created_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        from ..models.message_data_extra_metadata_type_0 import MessageDataExtraMetadataType0

        id = self.id

        message_id = self.message_id

        role = self.role

        text_content: str | None
        text_content = self.text_content

        parts = []
        for parts_item_data in self.parts:
            parts_item = parts_item_data.to_dict()
            parts.append(parts_item)

        tool_names: list[str] | None
        if isinstance(self.tool_names, list):
            tool_names = self.tool_names

        else:
            tool_names = self.tool_names

        extra_metadata: dict[str, Any] | None
        if isinstance(self.extra_metadata, MessageDataExtraMetadataType0):
            extra_metadata = self.extra_metadata.to_dict()
        else:
            extra_metadata = self.extra_metadata

        sequence = self.sequence

        created_at = epoch_ms(self.created_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "message_id": message_id,
                "role": role,
                "text_content": text_content,
                "parts": parts,
                "tool_names": tool_names,
                "extra_metadata": extra_metadata,
                "sequence": sequence,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            MessageDataExtraMetadataType0 = _models.MessageDataExtraMetadataType0
            MessageDataPartsItem = _models.MessageDataPartsItem
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "message_id"
            message_id = src_dict["message_id"]
            if type(message_id) is not str and not isinstance(message_id, str):
                raise TypeError(f"member 'message_id': expected str, got {type(message_id).__name__}")

            at = "role"
            role = src_dict["role"]
            if type(role) is not str and not isinstance(role, str):
                raise TypeError(f"member 'role': expected str, got {type(role).__name__}")

            at = "text_content"
            text_content = src_dict["text_content"]
            if type(text_content) is not str and text_content is not None and not isinstance(text_content, str):
                raise TypeError(f"member 'text_content': expected str or None, got {type(text_content).__name__}")

            at = "parts"
            _parts = src_dict["parts"]
            if not isinstance(_parts, list):
                raise TypeError(f"member 'parts': expected a list, got {type(_parts).__name__}")

            parts = [MessageDataPartsItem.from_dict(parts_item_data) for parts_item_data in _parts]

            at = "tool_names"
            tool_names = src_dict["tool_names"]
            if tool_names is not None:
                if not isinstance(tool_names, list):
                    raise TypeError("member 'tool_names': a value of the wrong type")
                _tool_names_type_0 = tool_names
                for tool_names_type_0_item in _tool_names_type_0:
                    if type(tool_names_type_0_item) is not str and not isinstance(tool_names_type_0_item, str):
                        raise TypeError(
                            f"member 'tool_names_type_0[]': expected str, got {type(tool_names_type_0_item).__name__}"
                        )

                tool_names_type_0 = _tool_names_type_0

                tool_names = tool_names_type_0

            at = "extra_metadata"
            extra_metadata = src_dict["extra_metadata"]
            if extra_metadata is not None:
                if not isinstance(extra_metadata, dict):
                    raise TypeError("member 'extra_metadata': a value of the wrong type")
                extra_metadata = MessageDataExtraMetadataType0.from_dict(extra_metadata)

            at = "sequence"
            sequence = src_dict["sequence"]
            if type(sequence) is not int and (not isinstance(sequence, int) or isinstance(sequence, bool)):
                raise TypeError(f"member 'sequence': expected int, got {type(sequence).__name__}")

            at = "created_at"
            created_at = parse_timestamp(src_dict["created_at"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        message_data = object.__new__(cls)
        message_data.id = id
        message_data.message_id = message_id
        message_data.role = role
        message_data.text_content = text_content
        message_data.parts = parts
        message_data.tool_names = tool_names
        message_data.extra_metadata = extra_metadata
        message_data.sequence = sequence
        message_data.created_at = created_at
        message_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 9 else {}
        )
        return message_data

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
