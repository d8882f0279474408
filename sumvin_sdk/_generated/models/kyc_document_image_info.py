from __future__ import annotations

import datetime
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
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, epoch_ms, note_failure, parse_timestamp

if TYPE_CHECKING:
    from ..models.kyc_document_image_file_metadata import KYCDocumentImageFileMetadata


T = TypeVar("T", bound="KYCDocumentImageInfo")
_MEMBERS: frozenset[str] = frozenset(
    (
        "image_id",
        "document_type",
        "document_sub_type",
        "country",
        "added_at",
        "file_metadata",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class KYCDocumentImageInfo(Model):
    """One uploaded identity document image: its kind, country and file details.

    Attributes:
        image_id: Sumsub id of the document image.
        document_type: Kind of document the image shows; null when not classified.
        document_sub_type: Finer kind of document, such as the front or back side; null when not stated.
        country: Country that issued the document (ISO 3166-1 alpha-3); null when unknown.
        added_at: When the image was added (epoch ms on the wire); null when not recorded.
        file_metadata: Details of the uploaded file; null when not recorded.
    """

    image_id: str
    document_type: str | None = None
    document_sub_type: str | None = None
    country: str | None = None
    added_at: datetime.datetime | None = None
    file_metadata: KYCDocumentImageFileMetadata | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("image_id",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "document_type",
        "document_sub_type",
        "country",
        "added_at",
        "file_metadata",
    )

    def _json_dict(self) -> dict[str, Any]:
        from ..models.kyc_document_image_file_metadata import KYCDocumentImageFileMetadata

        image_id = self.image_id

        _document_type = UNSET if self.document_type is None and not self._nulls & 1 else self.document_type
        document_type: str | Unset | None
        if isinstance(_document_type, Unset):
            document_type = UNSET
        else:
            document_type = _document_type

        _document_sub_type = UNSET if self.document_sub_type is None and not self._nulls & 2 else self.document_sub_type
        document_sub_type: str | Unset | None
        if isinstance(_document_sub_type, Unset):
            document_sub_type = UNSET
        else:
            document_sub_type = _document_sub_type

        _country = UNSET if self.country is None and not self._nulls & 4 else self.country
        country: str | Unset | None
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = _country

        _added_at = UNSET if self.added_at is None and not self._nulls & 8 else self.added_at
        added_at: int | Unset | None
        if isinstance(_added_at, Unset):
            added_at = UNSET
        elif isinstance(_added_at, datetime.datetime):
            added_at = epoch_ms(_added_at)
        else:
            added_at = _added_at

        _file_metadata = UNSET if self.file_metadata is None and not self._nulls & 16 else self.file_metadata
        file_metadata: dict[str, Any] | Unset | None
        if isinstance(_file_metadata, Unset):
            file_metadata = UNSET
        elif isinstance(_file_metadata, KYCDocumentImageFileMetadata):
            file_metadata = _file_metadata.to_dict()
        else:
            file_metadata = _file_metadata

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
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "image_id"
            image_id = src_dict["image_id"]
            if type(image_id) is not str and not isinstance(image_id, str):
                raise TypeError(f"member 'image_id': expected str, got {type(image_id).__name__}")

            at = "document_type"
            document_type = src_dict.get("document_type", ABSENT)
            if (
                type(document_type) is not str
                and document_type is not None
                and document_type is not ABSENT
                and not isinstance(document_type, str)
            ):
                raise TypeError(
                    f"member 'document_type': expected str or None or Unset, got {type(document_type).__name__}"
                )

            if document_type is None:
                nulls |= 1

            at = "document_sub_type"
            document_sub_type = src_dict.get("document_sub_type", ABSENT)
            if (
                type(document_sub_type) is not str
                and document_sub_type is not None
                and document_sub_type is not ABSENT
                and not isinstance(document_sub_type, str)
            ):
                raise TypeError(
                    f"member 'document_sub_type': expected str or None or Unset, got {type(document_sub_type).__name__}"
                )

            if document_sub_type is None:
                nulls |= 2

            at = "country"
            country = src_dict.get("country", ABSENT)
            if (
                type(country) is not str
                and country is not None
                and country is not ABSENT
                and not isinstance(country, str)
            ):
                raise TypeError(f"member 'country': expected str or None or Unset, got {type(country).__name__}")

            if country is None:
                nulls |= 4

            at = "added_at"
            added_at = src_dict.get("added_at", ABSENT)
            if added_at is not None and added_at is not ABSENT:
                if not isinstance(added_at, int | float | str):
                    raise TypeError("member 'added_at': a value of the wrong type")
                added_at = parse_timestamp(added_at)

            if added_at is None:
                nulls |= 8

            at = "file_metadata"
            file_metadata = src_dict.get("file_metadata", ABSENT)
            if file_metadata is not None and file_metadata is not ABSENT:
                if not isinstance(file_metadata, dict):
                    raise TypeError("member 'file_metadata': a value of the wrong type")
                file_metadata = KYCDocumentImageFileMetadata.from_dict(file_metadata)

            if file_metadata is None:
                nulls |= 16

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        kyc_document_image_info = object.__new__(cls)
        kyc_document_image_info.image_id = image_id
        kyc_document_image_info.document_type = None if document_type is ABSENT else document_type
        kyc_document_image_info.document_sub_type = None if document_sub_type is ABSENT else document_sub_type
        kyc_document_image_info.country = None if country is ABSENT else country
        kyc_document_image_info.added_at = None if added_at is ABSENT else added_at
        kyc_document_image_info.file_metadata = None if file_metadata is ABSENT else file_metadata
        kyc_document_image_info._nulls = nulls
        kyc_document_image_info.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 1
            + (document_type is not ABSENT)
            + (document_sub_type is not ABSENT)
            + (country is not ABSENT)
            + (added_at is not ABSENT)
            + (file_metadata is not ABSENT)
            else {}
        )
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
