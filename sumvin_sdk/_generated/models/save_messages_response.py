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
    from ..models.save_messages_response_links import SaveMessagesResponseLinks


T = TypeVar("T", bound="SaveMessagesResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "saved_count",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class SaveMessagesResponse(Model):
    """What `save_messages` returns; it appends messages to a chat session.

    Attributes:
        field_links: HAL links to this resource and to the actions available next, keyed by relation.
        saved_count: How many messages were stored.
    """

    field_links: SaveMessagesResponseLinks
    saved_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "saved_count",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        saved_count = self.saved_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "saved_count": saved_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            SaveMessagesResponseLinks = _models.SaveMessagesResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = SaveMessagesResponseLinks.from_dict(src_dict["_links"])

            at = "saved_count"
            saved_count = src_dict["saved_count"]
            if type(saved_count) is not int and (not isinstance(saved_count, int) or isinstance(saved_count, bool)):
                raise TypeError(f"member 'saved_count': expected int, got {type(saved_count).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        save_messages_response = object.__new__(cls)
        save_messages_response.field_links = field_links
        save_messages_response.saved_count = saved_count
        save_messages_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return save_messages_response

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
