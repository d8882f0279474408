from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kyc_document_status import KYCDocumentStatus
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, epoch_ms, note_failure, parse_timestamp

T = TypeVar("T", bound="KYCDocumentInfo")
_MEMBERS: frozenset[str] = frozenset(
    (
        "document_type",
        "status",
        "country",
        "submitted_at",
        "image_ids",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class KYCDocumentInfo(Model):
    """One submitted identity document and the state of its review.

    Attributes:
        document_type: Kind of document: `PASSPORT`, `ID_CARD`, `DRIVERS`, `SELFIE` or `PROOF_OF_ADDRESS`.
        status: Where the document's review stands.
        country: Country that issued the document (ISO 3166-1 alpha-3); null when unknown.
        submitted_at: When the document was submitted (epoch ms on the wire); null when not recorded.
        image_ids: Sumsub ids of the document's images, for fetching them.
    """

    document_type: str
    status: KYCDocumentStatus
    country: str | None = None
    submitted_at: datetime.datetime | None = None
    image_ids: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "document_type",
        "status",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "country",
        "submitted_at",
        "image_ids",
    )

    def _json_dict(self) -> dict[str, Any]:
        document_type = self.document_type

        status = KYCDocumentStatus(self.status).value

        _country = UNSET if self.country is None and not self._nulls & 1 else self.country
        country: str | Unset | None
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = _country

        _submitted_at = UNSET if self.submitted_at is None and not self._nulls & 2 else self.submitted_at
        submitted_at: int | Unset | None
        if isinstance(_submitted_at, Unset):
            submitted_at = UNSET
        elif isinstance(_submitted_at, datetime.datetime):
            submitted_at = epoch_ms(_submitted_at)
        else:
            submitted_at = _submitted_at

        _image_ids = UNSET if self.image_ids is None else self.image_ids
        image_ids: list[str] | Unset = UNSET
        if not isinstance(_image_ids, Unset):
            image_ids = _image_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "document_type": document_type,
                "status": status,
            }
        )
        if country is not UNSET:
            field_dict["country"] = country
        if submitted_at is not UNSET:
            field_dict["submitted_at"] = submitted_at
        if image_ids is not UNSET:
            field_dict["image_ids"] = image_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "document_type"
            document_type = src_dict["document_type"]
            if type(document_type) is not str and not isinstance(document_type, str):
                raise TypeError(f"member 'document_type': expected str, got {type(document_type).__name__}")

            at = "status"
            status = KYCDocumentStatus.parse(src_dict["status"])

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
                nulls |= 1

            at = "submitted_at"
            submitted_at = src_dict.get("submitted_at", ABSENT)
            if submitted_at is not None and submitted_at is not ABSENT:
                if not isinstance(submitted_at, int | float | str):
                    raise TypeError("member 'submitted_at': a value of the wrong type")
                submitted_at = parse_timestamp(submitted_at)

            if submitted_at is None:
                nulls |= 2

            at = "image_ids"
            _image_ids = src_dict.get("image_ids", ABSENT)
            if _image_ids is not ABSENT and not isinstance(_image_ids, list):
                raise TypeError(f"member 'image_ids': expected a list, got {type(_image_ids).__name__}")

            if _image_ids is not ABSENT:
                for image_ids_item in _image_ids:
                    if type(image_ids_item) is not str and not isinstance(image_ids_item, str):
                        raise TypeError(f"member 'image_ids[]': expected str, got {type(image_ids_item).__name__}")

            image_ids = _image_ids

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        kyc_document_info = object.__new__(cls)
        kyc_document_info.document_type = document_type
        kyc_document_info.status = status
        kyc_document_info.country = None if country is ABSENT else country
        kyc_document_info.submitted_at = None if submitted_at is ABSENT else submitted_at
        kyc_document_info.image_ids = None if image_ids is ABSENT else image_ids
        kyc_document_info._nulls = nulls
        kyc_document_info.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 2 + (country is not ABSENT) + (submitted_at is not ABSENT) + (image_ids is not ABSENT)
            else {}
        )
        return kyc_document_info

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
