from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset, epoch_ms, parse_timestamp

if TYPE_CHECKING:
    from ..models.kyc_document_image_file_metadata import KYCDocumentImageFileMetadata


T = TypeVar("T", bound="KYCDocumentImageInfo")


@_attrs_define
class KYCDocumentImageInfo:
    """A KYC document image info.

    Attributes:
        image_id (str): Id of the related image.
        document_type (None | str | Unset): Document type of the KYC document image info.
        document_sub_type (None | str | Unset): Document sub type of the KYC document image info.
        country (None | str | Unset): Country code (ISO 3166-1 alpha-2).
        added_at (datetime.datetime | None | Unset): When added happened for the KYC document image info (epoch ms, or
            ISO 8601 on request).
        file_metadata (KYCDocumentImageFileMetadata | None | Unset): File metadata of the KYC document image info.
    """

    image_id: str
    document_type: str | Unset | None = UNSET
    document_sub_type: str | Unset | None = UNSET
    country: str | Unset | None = UNSET
    added_at: datetime.datetime | Unset | None = UNSET
    file_metadata: KYCDocumentImageFileMetadata | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.kyc_document_image_file_metadata import KYCDocumentImageFileMetadata

        image_id = self.image_id

        document_type: str | Unset | None
        if isinstance(self.document_type, Unset):
            document_type = UNSET
        else:
            document_type = self.document_type

        document_sub_type: str | Unset | None
        if isinstance(self.document_sub_type, Unset):
            document_sub_type = UNSET
        else:
            document_sub_type = self.document_sub_type

        country: str | Unset | None
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        added_at: int | Unset | None
        if isinstance(self.added_at, Unset):
            added_at = UNSET
        elif isinstance(self.added_at, datetime.datetime):
            added_at = epoch_ms(self.added_at)
        else:
            added_at = self.added_at

        file_metadata: dict[str, Any] | Unset | None
        if isinstance(self.file_metadata, Unset):
            file_metadata = UNSET
        elif isinstance(self.file_metadata, KYCDocumentImageFileMetadata):
            file_metadata = self.file_metadata.to_dict()
        else:
            file_metadata = self.file_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_id": image_id,
            }
        )
        if document_type is not UNSET:
            field_dict["document_type"] = document_type
        if document_sub_type is not UNSET:
            field_dict["document_sub_type"] = document_sub_type
        if country is not UNSET:
            field_dict["country"] = country
        if added_at is not UNSET:
            field_dict["added_at"] = added_at
        if file_metadata is not UNSET:
            field_dict["file_metadata"] = file_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            KYCDocumentImageFileMetadata = _models.KYCDocumentImageFileMetadata
        d = dict(src_dict)
        image_id = d.pop("image_id")
        if not isinstance(image_id, str):
            raise TypeError(f"member 'image_id': expected str, got {type(image_id).__name__}")

        document_type: str | Unset | None = d.pop("document_type", UNSET)
        if document_type is not None and not isinstance(document_type, Unset) and not isinstance(document_type, str):
            raise TypeError(
                f"member 'document_type': expected str or None or Unset, got {type(document_type).__name__}"
            )

        document_sub_type: str | Unset | None = d.pop("document_sub_type", UNSET)
        if (
            document_sub_type is not None
            and not isinstance(document_sub_type, Unset)
            and not isinstance(document_sub_type, str)
        ):
            raise TypeError(
                f"member 'document_sub_type': expected str or None or Unset, got {type(document_sub_type).__name__}"
            )

        country: str | Unset | None = d.pop("country", UNSET)
        if country is not None and not isinstance(country, Unset) and not isinstance(country, str):
            raise TypeError(f"member 'country': expected str or None or Unset, got {type(country).__name__}")

        def _parse_added_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, int | float | str):
                raise TypeError()
            added_at_type_0 = parse_timestamp(data)

            return added_at_type_0

        added_at = _parse_added_at(d.pop("added_at", UNSET))

        def _parse_file_metadata(data: object) -> KYCDocumentImageFileMetadata | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            file_metadata_type_0 = KYCDocumentImageFileMetadata.from_dict(data)

            return file_metadata_type_0

        file_metadata = _parse_file_metadata(d.pop("file_metadata", UNSET))

        kyc_document_image_info = cls(
            image_id=image_id,
            document_type=document_type,
            document_sub_type=document_sub_type,
            country=country,
            added_at=added_at,
            file_metadata=file_metadata,
        )

        kyc_document_image_info.additional_properties = d
        return kyc_document_image_info

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
