from __future__ import annotations

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
from ..types import PARSE_ERRORS, Model, note_failure

if TYPE_CHECKING:
    from ..models.chat_attachment_response_links import ChatAttachmentResponseLinks


T = TypeVar("T", bound="ChatAttachmentResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "url",
        "filename",
        "media_type",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class ChatAttachmentResponse(Model):
    """What `upload_chat_attachment` returns; it uploads a file to attach to chat messages, optionally tied to one session.

    Attributes:
        field_links: HAL links to this resource and to the actions available next, keyed by relation.
        url: Web address of the chat attachment.
        filename: File name the attachment was uploaded with.
        media_type: Media (MIME) type of the uploaded file, such as `image/png`.
    """

    field_links: ChatAttachmentResponseLinks
    url: str
    filename: str
    media_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "url",
        "filename",
        "media_type",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        url = self.url

        filename = self.filename

        media_type = self.media_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "url": url,
                "filename": filename,
                "media_type": media_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            ChatAttachmentResponseLinks = _models.ChatAttachmentResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = ChatAttachmentResponseLinks.from_dict(src_dict["_links"])

            at = "url"
            url = src_dict["url"]
            if type(url) is not str and not isinstance(url, str):
                raise TypeError(f"member 'url': expected str, got {type(url).__name__}")

            at = "filename"
            filename = src_dict["filename"]
            if type(filename) is not str and not isinstance(filename, str):
                raise TypeError(f"member 'filename': expected str, got {type(filename).__name__}")

            at = "media_type"
            media_type = src_dict["media_type"]
            if type(media_type) is not str and not isinstance(media_type, str):
                raise TypeError(f"member 'media_type': expected str, got {type(media_type).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        chat_attachment_response = object.__new__(cls)
        chat_attachment_response.field_links = field_links
        chat_attachment_response.url = url
        chat_attachment_response.filename = filename
        chat_attachment_response.media_type = media_type
        chat_attachment_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 4 else {}
        )
        return chat_attachment_response

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
