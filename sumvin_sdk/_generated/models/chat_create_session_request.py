from __future__ import annotations

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
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.message_input import MessageInput


T = TypeVar("T", bound="ChatCreateSessionRequest")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "messages",
        "title",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class ChatCreateSessionRequest(Model):
    """Body of `create_session`, which opens a new chat session.

    Attributes:
        id: Unique id of the chat create session.
        messages: Messages to open the session with.
        title: Title for the session; at most 255 characters; one is made up when omitted.
    """

    id: str
    messages: list[MessageInput]
    title: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "messages",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("title",)
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        id = self.id

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        title: str | Unset | None
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "messages": messages,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            MessageInput = _models.MessageInput
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "messages"
            _messages = src_dict["messages"]
            if not isinstance(_messages, list):
                raise TypeError(f"member 'messages': expected a list, got {type(_messages).__name__}")

            messages = [MessageInput.from_dict(messages_item_data) for messages_item_data in _messages]

            at = "title"
            title = src_dict.get("title", ABSENT)
            if type(title) is not str and title is not None and title is not ABSENT and not isinstance(title, str):
                raise TypeError(f"member 'title': expected str or None or Unset, got {type(title).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        chat_create_session_request = object.__new__(cls)
        chat_create_session_request.id = id
        chat_create_session_request.messages = messages
        chat_create_session_request.title = title
        chat_create_session_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 2 + (title is not ABSENT)
            else {}
        )
        return chat_create_session_request

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


class ChatCreateSessionRequestDict(TypedDict):
    """``ChatCreateSessionRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    id: str
    messages: list[_models.MessageInputDict | _models.MessageInput]
    title: NotRequired[str | None]
