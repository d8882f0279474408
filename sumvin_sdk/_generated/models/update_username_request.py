from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="UpdateUsernameRequest")
_MEMBERS: frozenset[str] = frozenset(("username",))  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class UpdateUsernameRequest(Model):
    """Body of `update_username`, which changes the user's username and returns the updated account.

    Attributes:
        username: The new username: 3 to 20 letters, digits and underscores, starting and ending with a letter or digit.
    """

    username: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("username",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "username"
            username = src_dict["username"]
            if type(username) is not str and not isinstance(username, str):
                raise TypeError(f"member 'username': expected str, got {type(username).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        update_username_request = object.__new__(cls)
        update_username_request.username = username
        update_username_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 1 else {}
        )
        return update_username_request

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


class UpdateUsernameRequestDict(TypedDict):
    """``UpdateUsernameRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    username: str
