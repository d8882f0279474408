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
from ..types import PARSE_ERRORS, Model, epoch_ms, note_failure, parse_timestamp

if TYPE_CHECKING:
    from ..models.receipt_upload_response_links import ReceiptUploadResponseLinks


T = TypeVar("T", bound="ReceiptUploadResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "content_type",
        "size",
        "uploaded_at",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class ReceiptUploadResponse(Model):
    """What `upload_receipt` returns; it attaches a receipt file to a transaction, replacing any earlier one.

    Attributes:
        field_links: HAL links to this resource and to the actions available next, keyed by relation.
        content_type: MIME type of the receipt.
        size: Size of the receipt in bytes.
        uploaded_at: When the receipt upload was uploaded (epoch ms on the wire).
    """

    field_links: ReceiptUploadResponseLinks
    content_type: str
    size: int
    uploaded_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "content_type",
        "size",
        "uploaded_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        content_type = self.content_type

        size = self.size

        uploaded_at = epoch_ms(self.uploaded_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "content_type": content_type,
                "size": size,
                "uploaded_at": uploaded_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            ReceiptUploadResponseLinks = _models.ReceiptUploadResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = ReceiptUploadResponseLinks.from_dict(src_dict["_links"])

            at = "content_type"
            content_type = src_dict["content_type"]
            if type(content_type) is not str and not isinstance(content_type, str):
                raise TypeError(f"member 'content_type': expected str, got {type(content_type).__name__}")

            at = "size"
            size = src_dict["size"]
            if type(size) is not int and (not isinstance(size, int) or isinstance(size, bool)):
                raise TypeError(f"member 'size': expected int, got {type(size).__name__}")

            at = "uploaded_at"
            uploaded_at = parse_timestamp(src_dict["uploaded_at"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        receipt_upload_response = object.__new__(cls)
        receipt_upload_response.field_links = field_links
        receipt_upload_response.content_type = content_type
        receipt_upload_response.size = size
        receipt_upload_response.uploaded_at = uploaded_at
        receipt_upload_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 4 else {}
        )
        return receipt_upload_response

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
