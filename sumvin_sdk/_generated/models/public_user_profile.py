from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PublicUserProfile")


@_attrs_define
class PublicUserProfile:
    """A public user profile.

    Attributes:
        id (str): Unique id of the public user profile.
        username (str): Username of the public user profile.
        first_name (None | str | Unset): First name of the public user profile.
        profile_picture_url (None | str | Unset): URL of the profile picture.
    """

    id: str
    username: str
    first_name: str | Unset | None = UNSET
    profile_picture_url: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

        first_name: str | Unset | None
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        profile_picture_url: str | Unset | None
        if isinstance(self.profile_picture_url, Unset):
            profile_picture_url = UNSET
        else:
            profile_picture_url = self.profile_picture_url

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
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

        username = d.pop("username")
        if not isinstance(username, str):
            raise TypeError(f"member 'username': expected str, got {type(username).__name__}")

        first_name: str | Unset | None = d.pop("first_name", UNSET)
        if first_name is not None and not isinstance(first_name, Unset) and not isinstance(first_name, str):
            raise TypeError(f"member 'first_name': expected str or None or Unset, got {type(first_name).__name__}")

        profile_picture_url: str | Unset | None = d.pop("profile_picture_url", UNSET)
        if (
            profile_picture_url is not None
            and not isinstance(profile_picture_url, Unset)
            and not isinstance(profile_picture_url, str)
        ):
            raise TypeError(
                f"member 'profile_picture_url': expected str or None or Unset, got {type(profile_picture_url).__name__}"
            )

        public_user_profile = cls(
            id=id,
            username=username,
            first_name=first_name,
            profile_picture_url=profile_picture_url,
        )

        public_user_profile.additional_properties = d
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
