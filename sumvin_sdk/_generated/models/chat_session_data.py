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
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, epoch_ms, note_failure, parse_timestamp

if TYPE_CHECKING:
    from ..models.chat_session_data_sv_meta_type_0 import ChatSessionDataSvMetaType0
    from ..models.message_data import MessageData


T = TypeVar("T", bound="ChatSessionData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "title",
        "preview",
        "message_count",
        "created_at",
        "updated_at",
        "sv_meta",
        "messages",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class ChatSessionData(Model):
    """A chat session: title, preview, message count and, when asked for, its messages.

    Attributes:
        id: Unique id of the chat session.
        title: Title of the session; null before one was given or made.
        preview: Excerpt of the latest message, for lists; null for an empty session.
        message_count: How many messages the session holds.
        created_at: When the chat session was created (epoch ms on the wire).
        updated_at: When the chat session last changed (epoch ms on the wire).
        sv_meta: Extra data the app keeps with the session; null when none.
        messages: The session's messages; null unless asked for.
    """

    id: str
    title: str | None
    preview: str | None
    message_count: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    sv_meta: ChatSessionDataSvMetaType0 | None = None
    messages: list[MessageData] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "title",
        "preview",
        "message_count",
        "created_at",
        "updated_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "sv_meta",
        "messages",
    )

    def _json_dict(self) -> dict[str, Any]:
        from ..models.chat_session_data_sv_meta_type_0 import ChatSessionDataSvMetaType0

        id = self.id

        title: str | None
        title = self.title

        preview: str | None
        preview = self.preview

        message_count = self.message_count

        created_at = epoch_ms(self.created_at)

        updated_at = epoch_ms(self.updated_at)

        _sv_meta = UNSET if self.sv_meta is None and not self._nulls & 1 else self.sv_meta
        sv_meta: dict[str, Any] | Unset | None
        if isinstance(_sv_meta, Unset):
            sv_meta = UNSET
        elif isinstance(_sv_meta, ChatSessionDataSvMetaType0):
            sv_meta = _sv_meta.to_dict()
        else:
            sv_meta = _sv_meta

        _messages = UNSET if self.messages is None and not self._nulls & 2 else self.messages
        messages: list[dict[str, Any]] | Unset | None
        if isinstance(_messages, Unset):
            messages = UNSET
        elif isinstance(_messages, list):
            messages = []
            for messages_type_0_item_data in _messages:
                messages_type_0_item = messages_type_0_item_data.to_dict()
                messages.append(messages_type_0_item)

        else:
            messages = _messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "preview": preview,
                "message_count": message_count,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if sv_meta is not UNSET:
            field_dict["sv_meta"] = sv_meta
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            ChatSessionDataSvMetaType0 = _models.ChatSessionDataSvMetaType0
            MessageData = _models.MessageData
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "title"
            title = src_dict["title"]
            if type(title) is not str and title is not None and not isinstance(title, str):
                raise TypeError(f"member 'title': expected str or None, got {type(title).__name__}")

            at = "preview"
            preview = src_dict["preview"]
            if type(preview) is not str and preview is not None and not isinstance(preview, str):
                raise TypeError(f"member 'preview': expected str or None, got {type(preview).__name__}")

            at = "message_count"
            message_count = src_dict["message_count"]
            if type(message_count) is not int and (
                not isinstance(message_count, int) or isinstance(message_count, bool)
            ):
                raise TypeError(f"member 'message_count': expected int, got {type(message_count).__name__}")

            at = "created_at"
            created_at = parse_timestamp(src_dict["created_at"])

            at = "updated_at"
            updated_at = parse_timestamp(src_dict["updated_at"])

            at = "sv_meta"
            sv_meta = src_dict.get("sv_meta", ABSENT)
            if sv_meta is not None and sv_meta is not ABSENT:
                if not isinstance(sv_meta, dict):
                    raise TypeError("member 'sv_meta': a value of the wrong type")
                sv_meta = ChatSessionDataSvMetaType0.from_dict(sv_meta)

            if sv_meta is None:
                nulls |= 1

            at = "messages"
            messages = src_dict.get("messages", ABSENT)
            if messages is not None and messages is not ABSENT:
                if not isinstance(messages, list):
                    raise TypeError("member 'messages': a value of the wrong type")
                _messages_type_0 = messages
                messages_type_0 = [
                    MessageData.from_dict(messages_type_0_item_data) for messages_type_0_item_data in _messages_type_0
                ]

                messages = messages_type_0

            if messages is None:
                nulls |= 2

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        chat_session_data = object.__new__(cls)
        chat_session_data.id = id
        chat_session_data.title = title
        chat_session_data.preview = preview
        chat_session_data.message_count = message_count
        chat_session_data.created_at = created_at
        chat_session_data.updated_at = updated_at
        chat_session_data.sv_meta = None if sv_meta is ABSENT else sv_meta
        chat_session_data.messages = None if messages is ABSENT else messages
        chat_session_data._nulls = nulls
        chat_session_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 6 + (sv_meta is not ABSENT) + (messages is not ABSENT)
            else {}
        )
        return chat_session_data

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
