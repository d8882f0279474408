from __future__ import annotations

from collections.abc import Mapping
from typing import Any, BinaryIO, ClassVar, Literal, NotRequired, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.kyc_document_side import KYCDocumentSide
from ..models.kyc_document_type import KYCDocumentType
from ..types import ABSENT, PARSE_ERRORS, UNSET, File, FileTypes, Model, Unset, note_failure

T = TypeVar("T", bound="BodyUploadKycDocument")
_MEMBERS: frozenset[str] = frozenset(
    (
        "document_type",
        "country",
        "file",
        "side",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class BodyUploadKycDocument(Model):
    """Multipart form that `upload_kyc_document` sends, which uploads one identity document image, such as a side of a
    passport or ID card.

        Attributes:
            document_type: Which identity document the file shows.
            country: Country that issued the document, as an ISO 3166-1 alpha-3 code (such as `GBR`).
            file: The document image, sent as multipart form data.
            side: Which side of the document the image shows; omit for single-sided documents.
    """

    document_type: KYCDocumentType | Literal["PASSPORT", "ID_CARD", "DRIVERS", "SELFIE", "PROOF_OF_ADDRESS"]
    country: str
    file: File
    side: KYCDocumentSide | Literal["FRONT_SIDE", "BACK_SIDE"] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "document_type",
        "country",
        "file",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("side",)
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        document_type = KYCDocumentType(self.document_type).value

        country = self.country

        file = self.file.to_tuple()

        side: str | Unset | None
        if isinstance(self.side, Unset):
            side = UNSET
        elif isinstance(self.side, KYCDocumentSide):
            side = KYCDocumentSide(self.side).value
        else:
            side = self.side

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "document_type": document_type,
                "country": country,
                "file": file,
            }
        )
        if side is not UNSET:
            field_dict["side"] = side

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("document_type", (None, str(KYCDocumentType(self.document_type).value).encode(), "text/plain")))

        files.append(("country", (None, str(self.country).encode(), "text/plain")))

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.side, Unset):
            if isinstance(self.side, KYCDocumentSide):
                files.append(("side", (None, str(KYCDocumentSide(self.side).value).encode(), "text/plain")))
            else:
                files.append(("side", (None, str(self.side).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "document_type"
            document_type = KYCDocumentType.parse(src_dict["document_type"])

            at = "country"
            country = src_dict["country"]
            if type(country) is not str and not isinstance(country, str):
                raise TypeError(f"member 'country': expected str, got {type(country).__name__}")

            at = "file"
            file = File.of(src_dict["file"])

            at = "side"
            side = src_dict.get("side", ABSENT)
            if side is not None and side is not ABSENT:
                if not isinstance(side, str):
                    raise TypeError("member 'side': a value of the wrong type")
                side = KYCDocumentSide.parse(side)

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        body_upload_kyc_document = object.__new__(cls)
        body_upload_kyc_document.document_type = document_type
        body_upload_kyc_document.country = country
        body_upload_kyc_document.file = file
        body_upload_kyc_document.side = side
        body_upload_kyc_document.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 3 + (side is not ABSENT)
            else {}
        )
        return body_upload_kyc_document

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


class BodyUploadKycDocumentDict(TypedDict):
    """``BodyUploadKycDocument`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    document_type: KYCDocumentType | Literal["PASSPORT", "ID_CARD", "DRIVERS", "SELFIE", "PROOF_OF_ADDRESS"]
    country: str
    file: File | bytes | BinaryIO | FileTypes
    side: NotRequired[KYCDocumentSide | Literal["FRONT_SIDE", "BACK_SIDE"] | None]
