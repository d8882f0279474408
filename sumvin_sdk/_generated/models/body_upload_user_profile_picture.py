from __future__ import annotations

from collections.abc import Mapping
from typing import Any, BinaryIO, ClassVar, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import PARSE_ERRORS, File, FileTypes, Model, note_failure

T = TypeVar("T", bound="BodyUploadUserProfilePicture")
_MEMBERS: frozenset[str] = frozenset(("file",))  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class BodyUploadUserProfilePicture(Model):
    """Multipart form that `upload_user_profile_picture` sends, which uploads an image file as the user's profile picture,
    replacing any previous one.

        Attributes:
            file: The image to use as the profile picture, sent as multipart form data.
    """

    file: File
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("file",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "file"
            file = File.of(src_dict["file"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        body_upload_user_profile_picture = object.__new__(cls)
        body_upload_user_profile_picture.file = file
        body_upload_user_profile_picture.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 1 else {}
        )
        return body_upload_user_profile_picture

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


class BodyUploadUserProfilePictureDict(TypedDict):
    """``BodyUploadUserProfilePicture`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    file: File | bytes | BinaryIO | FileTypes
