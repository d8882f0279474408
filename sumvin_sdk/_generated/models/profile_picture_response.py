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
    from ..models.profile_picture_response_links import ProfilePictureResponseLinks


T = TypeVar("T", bound="ProfilePictureResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "profile_picture_url",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class ProfilePictureResponse(Model):
    """What `upload_user_profile_picture` returns; it uploads an image file as the user's profile picture, replacing any
    previous one.

        Attributes:
            field_links: HAL links to this resource and to the actions available next, keyed by relation.
            profile_picture_url: Public address of the picture just uploaded.
    """

    field_links: ProfilePictureResponseLinks
    profile_picture_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "profile_picture_url",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        profile_picture_url = self.profile_picture_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "profile_picture_url": profile_picture_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            ProfilePictureResponseLinks = _models.ProfilePictureResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = ProfilePictureResponseLinks.from_dict(src_dict["_links"])

            at = "profile_picture_url"
            profile_picture_url = src_dict["profile_picture_url"]
            if type(profile_picture_url) is not str and not isinstance(profile_picture_url, str):
                raise TypeError(f"member 'profile_picture_url': expected str, got {type(profile_picture_url).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        profile_picture_response = object.__new__(cls)
        profile_picture_response.field_links = field_links
        profile_picture_response.profile_picture_url = profile_picture_url
        profile_picture_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return profile_picture_response

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
