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

T = TypeVar("T", bound="KYCDocumentImageFileMetadata")
_MEMBERS: frozenset[str] = frozenset(
    (
        "file_name",
        "file_type",
        "file_size",
        "width",
        "height",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class KYCDocumentImageFileMetadata(Model):
    """Facts about an uploaded document file: name, type, size and image dimensions.

    Attributes:
        file_name: Name of the uploaded file; null when not recorded.
        file_type: File type of the upload, such as `jpeg`; null when not recorded.
        file_size: Size of the file in bytes; null when not recorded.
        width: Image width in pixels; null when not recorded.
        height: Image height in pixels; null when not recorded.
    """

    file_name: str | None = None
    file_type: str | None = None
    file_size: int | None = None
    width: int | None = None
    height: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "file_name",
        "file_type",
        "file_size",
        "width",
        "height",
    )

    def _json_dict(self) -> dict[str, Any]:
        _file_name = UNSET if self.file_name is None and not self._nulls & 1 else self.file_name
        file_name: str | Unset | None
        if isinstance(_file_name, Unset):
            file_name = UNSET
        else:
            file_name = _file_name

        _file_type = UNSET if self.file_type is None and not self._nulls & 2 else self.file_type
        file_type: str | Unset | None
        if isinstance(_file_type, Unset):
            file_type = UNSET
        else:
            file_type = _file_type

        _file_size = UNSET if self.file_size is None and not self._nulls & 4 else self.file_size
        file_size: int | Unset | None
        if isinstance(_file_size, Unset):
            file_size = UNSET
        else:
            file_size = _file_size

        _width = UNSET if self.width is None and not self._nulls & 8 else self.width
        width: int | Unset | None
        if isinstance(_width, Unset):
            width = UNSET
        else:
            width = _width

        _height = UNSET if self.height is None and not self._nulls & 16 else self.height
        height: int | Unset | None
        if isinstance(_height, Unset):
            height = UNSET
        else:
            height = _height

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if file_type is not UNSET:
            field_dict["file_type"] = file_type
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "file_name"
            file_name = src_dict.get("file_name", ABSENT)
            if (
                type(file_name) is not str
                and file_name is not None
                and file_name is not ABSENT
                and not isinstance(file_name, str)
            ):
                raise TypeError(f"member 'file_name': expected str or None or Unset, got {type(file_name).__name__}")

            if file_name is None:
                nulls |= 1

            at = "file_type"
            file_type = src_dict.get("file_type", ABSENT)
            if (
                type(file_type) is not str
                and file_type is not None
                and file_type is not ABSENT
                and not isinstance(file_type, str)
            ):
                raise TypeError(f"member 'file_type': expected str or None or Unset, got {type(file_type).__name__}")

            if file_type is None:
                nulls |= 2

            at = "file_size"
            file_size = src_dict.get("file_size", ABSENT)
            if (
                type(file_size) is not int
                and file_size is not None
                and file_size is not ABSENT
                and (not isinstance(file_size, int) or isinstance(file_size, bool))
            ):
                raise TypeError(f"member 'file_size': expected int or None or Unset, got {type(file_size).__name__}")

            if file_size is None:
                nulls |= 4

            at = "width"
            width = src_dict.get("width", ABSENT)
            if (
                type(width) is not int
                and width is not None
                and width is not ABSENT
                and (not isinstance(width, int) or isinstance(width, bool))
            ):
                raise TypeError(f"member 'width': expected int or None or Unset, got {type(width).__name__}")

            if width is None:
                nulls |= 8

            at = "height"
            height = src_dict.get("height", ABSENT)
            if (
                type(height) is not int
                and height is not None
                and height is not ABSENT
                and (not isinstance(height, int) or isinstance(height, bool))
            ):
                raise TypeError(f"member 'height': expected int or None or Unset, got {type(height).__name__}")

            if height is None:
                nulls |= 16

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        kyc_document_image_file_metadata = object.__new__(cls)
        kyc_document_image_file_metadata.file_name = None if file_name is ABSENT else file_name
        kyc_document_image_file_metadata.file_type = None if file_type is ABSENT else file_type
        kyc_document_image_file_metadata.file_size = None if file_size is ABSENT else file_size
        kyc_document_image_file_metadata.width = None if width is ABSENT else width
        kyc_document_image_file_metadata.height = None if height is ABSENT else height
        kyc_document_image_file_metadata._nulls = nulls
        kyc_document_image_file_metadata.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 0
            + (file_name is not ABSENT)
            + (file_type is not ABSENT)
            + (file_size is not ABSENT)
            + (width is not ABSENT)
            + (height is not ABSENT)
            else {}
        )
        return kyc_document_image_file_metadata

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
