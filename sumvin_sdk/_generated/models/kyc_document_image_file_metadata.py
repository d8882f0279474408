from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KYCDocumentImageFileMetadata")


@_attrs_define
class KYCDocumentImageFileMetadata:
    """A KYC document image file metadata.

    Attributes:
        file_name (None | str | Unset): File name of the KYC document image file metadata.
        file_type (None | str | Unset): File type of the KYC document image file metadata.
        file_size (int | None | Unset): File size of the KYC document image file metadata.
        width (int | None | Unset): Width of the KYC document image file metadata.
        height (int | None | Unset): Height of the KYC document image file metadata.
    """

    file_name: str | Unset | None = UNSET
    file_type: str | Unset | None = UNSET
    file_size: int | Unset | None = UNSET
    width: int | Unset | None = UNSET
    height: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_name: str | Unset | None
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        file_type: str | Unset | None
        if isinstance(self.file_type, Unset):
            file_type = UNSET
        else:
            file_type = self.file_type

        file_size: int | Unset | None
        if isinstance(self.file_size, Unset):
            file_size = UNSET
        else:
            file_size = self.file_size

        width: int | Unset | None
        if isinstance(self.width, Unset):
            width = UNSET
        else:
            width = self.width

        height: int | Unset | None
        if isinstance(self.height, Unset):
            height = UNSET
        else:
            height = self.height

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
        d = dict(src_dict)
        file_name: str | Unset | None = d.pop("file_name", UNSET)
        if file_name is not None and not isinstance(file_name, Unset) and not isinstance(file_name, str):
            raise TypeError(f"member 'file_name': expected str or None or Unset, got {type(file_name).__name__}")

        file_type: str | Unset | None = d.pop("file_type", UNSET)
        if file_type is not None and not isinstance(file_type, Unset) and not isinstance(file_type, str):
            raise TypeError(f"member 'file_type': expected str or None or Unset, got {type(file_type).__name__}")

        file_size: int | Unset | None = d.pop("file_size", UNSET)
        if (
            file_size is not None
            and not isinstance(file_size, Unset)
            and (not isinstance(file_size, int) or isinstance(file_size, bool))
        ):
            raise TypeError(f"member 'file_size': expected int or None or Unset, got {type(file_size).__name__}")

        width: int | Unset | None = d.pop("width", UNSET)
        if (
            width is not None
            and not isinstance(width, Unset)
            and (not isinstance(width, int) or isinstance(width, bool))
        ):
            raise TypeError(f"member 'width': expected int or None or Unset, got {type(width).__name__}")

        height: int | Unset | None = d.pop("height", UNSET)
        if (
            height is not None
            and not isinstance(height, Unset)
            and (not isinstance(height, int) or isinstance(height, bool))
        ):
            raise TypeError(f"member 'height': expected int or None or Unset, got {type(height).__name__}")

        kyc_document_image_file_metadata = cls(
            file_name=file_name,
            file_type=file_type,
            file_size=file_size,
            width=width,
            height=height,
        )

        kyc_document_image_file_metadata.additional_properties = d
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
