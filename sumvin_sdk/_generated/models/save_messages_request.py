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
    from ..models.message_input import MessageInput


T = TypeVar("T", bound="SaveMessagesRequest")
_MEMBERS: frozenset[str] = frozenset(("messages",))  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class SaveMessagesRequest(Model):
    """Body of `save_messages`, which appends messages to a chat session.

    Attributes:
        messages: Messages to add to the session.
    """

    messages: list[MessageInput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("messages",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            MessageInput = _models.MessageInput
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "messages"
            _messages = src_dict["messages"]
            if not isinstance(_messages, list):
                raise TypeError(f"member 'messages': expected a list, got {type(_messages).__name__}")

            messages = [MessageInput.from_dict(messages_item_data) for messages_item_data in _messages]

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        save_messages_request = object.__new__(cls)
        save_messages_request.messages = messages
        save_messages_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 1 else {}
        )
        return save_messages_request

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


class SaveMessagesRequestDict(TypedDict):
    """``SaveMessagesRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    messages: list[_models.MessageInputDict | _models.MessageInput]
