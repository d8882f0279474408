from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import Model

if TYPE_CHECKING:
    from ..models.list_messages_response_links import ListMessagesResponseLinks
    from ..models.message_data import MessageData


T = TypeVar("T", bound="ListMessagesResponse")


@_attrs_define(repr=False)
class ListMessagesResponse(Model):
    """What `list_messages` returns; it lists the messages of one chat session, a page at a time.

    Attributes:
        field_links: Hypermedia links to related resources and the actions available on this list messages.
        messages: Messages of the list messages.
        total: Number of items across all pages.
        offset: Number of items skipped before this page.
        limit: Page size that was applied.
    """

    field_links: ListMessagesResponseLinks
    messages: list[MessageData]
    total: int
    offset: int
    limit: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "messages",
        "total",
        "offset",
        "limit",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _ITEMS: ClassVar[str | None] = "messages"

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        total = self.total

        offset = self.offset

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "messages": messages,
                "total": total,
                "offset": offset,
                "limit": limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            ListMessagesResponseLinks = _models.ListMessagesResponseLinks
            MessageData = _models.MessageData
        d = dict(src_dict)
        field_links = ListMessagesResponseLinks.from_dict(d.pop("_links"))

        messages = []
        _messages = d.pop("messages")
        if not isinstance(_messages, list):
            raise TypeError(f"member 'messages': expected a list, got {type(_messages).__name__}")

        for messages_item_data in _messages:
            messages_item = MessageData.from_dict(messages_item_data)

            messages.append(messages_item)

        total = d.pop("total")
        if not isinstance(total, int) or isinstance(total, bool):
            raise TypeError(f"member 'total': expected int, got {type(total).__name__}")

        offset = d.pop("offset")
        if not isinstance(offset, int) or isinstance(offset, bool):
            raise TypeError(f"member 'offset': expected int, got {type(offset).__name__}")

        limit = d.pop("limit")
        if not isinstance(limit, int) or isinstance(limit, bool):
            raise TypeError(f"member 'limit': expected int, got {type(limit).__name__}")

        list_messages_response = cls(
            field_links=field_links,
            messages=messages,
            total=total,
            offset=offset,
            limit=limit,
        )

        list_messages_response.additional_properties = d
        return list_messages_response

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
