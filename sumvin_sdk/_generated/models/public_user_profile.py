from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

T = TypeVar("T", bound="PublicUserProfile")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "username",
        "first_name",
        "profile_picture_url",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class PublicUserProfile(Model):
    """What anyone may see of a user: id, username, first name and picture.

    Attributes:
        id: Public id of the user, for use in API calls.
        username: Username of the person, unique across Sumvin.
        first_name: The user's first name; null when not shared.
        profile_picture_url: Public URL of the profile picture; null when none is set.
    """

    id: str
    username: str
    first_name: str | None = None
    profile_picture_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "username",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "first_name",
        "profile_picture_url",
    )

    def _json_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

        _first_name = UNSET if self.first_name is None and not self._nulls & 1 else self.first_name
        first_name: str | Unset | None
        if isinstance(_first_name, Unset):
            first_name = UNSET
        else:
            first_name = _first_name

        _profile_picture_url = (
            UNSET if self.profile_picture_url is None and not self._nulls & 2 else self.profile_picture_url
        )
        profile_picture_url: str | Unset | None
        if isinstance(_profile_picture_url, Unset):
            profile_picture_url = UNSET
        else:
            profile_picture_url = _profile_picture_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "username": username,
            }
        )
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if profile_picture_url is not UNSET:
            field_dict["profile_picture_url"] = profile_picture_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "username"
            username = src_dict["username"]
            if type(username) is not str and not isinstance(username, str):
                raise TypeError(f"member 'username': expected str, got {type(username).__name__}")

            at = "first_name"
            first_name = src_dict.get("first_name", ABSENT)
            if (
                type(first_name) is not str
                and first_name is not None
                and first_name is not ABSENT
                and not isinstance(first_name, str)
            ):
                raise TypeError(f"member 'first_name': expected str or None or Unset, got {type(first_name).__name__}")

            if first_name is None:
                nulls |= 1

            at = "profile_picture_url"
            profile_picture_url = src_dict.get("profile_picture_url", ABSENT)
            if (
                type(profile_picture_url) is not str
                and profile_picture_url is not None
                and profile_picture_url is not ABSENT
                and not isinstance(profile_picture_url, str)
            ):
                raise TypeError(
                    f"member 'profile_picture_url': expected str or None or Unset, got {type(profile_picture_url).__name__}"
                )

            if profile_picture_url is None:
                nulls |= 2

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        public_user_profile = object.__new__(cls)
        public_user_profile.id = id
        public_user_profile.username = username
        public_user_profile.first_name = None if first_name is ABSENT else first_name
        public_user_profile.profile_picture_url = None if profile_picture_url is ABSENT else profile_picture_url
        public_user_profile._nulls = nulls
        public_user_profile.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 2 + (first_name is not ABSENT) + (profile_picture_url is not ABSENT)
            else {}
        )
        return public_user_profile

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
