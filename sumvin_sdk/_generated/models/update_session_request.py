from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    NotRequired,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

T = TypeVar("T", bound="UpdateSessionRequest")
_MEMBERS: frozenset[str] = frozenset(("title",))  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class UpdateSessionRequest(Model):
    """Body of `update_session`, which changes a chat session, such as its title.

    Attributes:
        title: New title, at most 255 characters; omit to keep it.
    """

    title: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("title",)
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        title: str | Unset | None
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "title"
            title = src_dict.get("title", ABSENT)
            if type(title) is not str and title is not None and title is not ABSENT and not isinstance(title, str):
                raise TypeError(f"member 'title': expected str or None or Unset, got {type(title).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        update_session_request = object.__new__(cls)
        update_session_request.title = title
        update_session_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 0 + (title is not ABSENT)
            else {}
        )
        return update_session_request

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


class UpdateSessionRequestDict(TypedDict):
    """``UpdateSessionRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    title: NotRequired[str | None]
