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
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.kyc_document_upload_response_links import KYCDocumentUploadResponseLinks


T = TypeVar("T", bound="KYCDocumentUploadResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "document_type",
        "country",
        "side",
        "image_id",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class KYCDocumentUploadResponse(Model):
    """What `upload_kyc_document` returns; it uploads one identity document image, such as a side of a passport or ID card.

    Attributes:
        field_links: HAL links to this resource and to the actions available next, keyed by relation.
        document_type: Kind of document that was uploaded.
        country: Country that issued the document (ISO 3166-1 alpha-3).
        side: Side of the document uploaded: `FRONT_SIDE` or `BACK_SIDE`; null for single-sided documents.
        image_id: Sumsub id of the document image.
    """

    field_links: KYCDocumentUploadResponseLinks
    document_type: str
    country: str
    side: str | None = None
    image_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "document_type",
        "country",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "side",
        "image_id",
    )

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        document_type = self.document_type

        country = self.country

        _side = UNSET if self.side is None and not self._nulls & 1 else self.side
        side: str | Unset | None
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = _side

        _image_id = UNSET if self.image_id is None and not self._nulls & 2 else self.image_id
        image_id: str | Unset | None
        if isinstance(_image_id, Unset):
            image_id = UNSET
        else:
            image_id = _image_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "document_type": document_type,
                "country": country,
            }
        )
        if side is not UNSET:
            field_dict["side"] = side
        if image_id is not UNSET:
            field_dict["image_id"] = image_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            KYCDocumentUploadResponseLinks = _models.KYCDocumentUploadResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "_links"
            field_links = KYCDocumentUploadResponseLinks.from_dict(src_dict["_links"])

            at = "document_type"
            document_type = src_dict["document_type"]
            if type(document_type) is not str and not isinstance(document_type, str):
                raise TypeError(f"member 'document_type': expected str, got {type(document_type).__name__}")

            at = "country"
            country = src_dict["country"]
            if type(country) is not str and not isinstance(country, str):
                raise TypeError(f"member 'country': expected str, got {type(country).__name__}")

            at = "side"
            side = src_dict.get("side", ABSENT)
            if type(side) is not str and side is not None and side is not ABSENT and not isinstance(side, str):
                raise TypeError(f"member 'side': expected str or None or Unset, got {type(side).__name__}")

            if side is None:
                nulls |= 1

            at = "image_id"
            image_id = src_dict.get("image_id", ABSENT)
            if (
                type(image_id) is not str
                and image_id is not None
                and image_id is not ABSENT
                and not isinstance(image_id, str)
            ):
                raise TypeError(f"member 'image_id': expected str or None or Unset, got {type(image_id).__name__}")

            if image_id is None:
                nulls |= 2

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        kyc_document_upload_response = object.__new__(cls)
        kyc_document_upload_response.field_links = field_links
        kyc_document_upload_response.document_type = document_type
        kyc_document_upload_response.country = country
        kyc_document_upload_response.side = None if side is ABSENT else side
        kyc_document_upload_response.image_id = None if image_id is ABSENT else image_id
        kyc_document_upload_response._nulls = nulls
        kyc_document_upload_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 3 + (side is not ABSENT) + (image_id is not ABSENT)
            else {}
        )
        return kyc_document_upload_response

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
