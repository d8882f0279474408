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
    from ..models.kyc_document_image_info import KYCDocumentImageInfo
    from ..models.kyc_documents_list_response_links import KYCDocumentsListResponseLinks


T = TypeVar("T", bound="KYCDocumentsListResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "documents",
        "total_count",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class KYCDocumentsListResponse(Model):
    """What `list_kyc_documents` returns; it lists the identity document images the user has uploaded.

    Attributes:
        field_links: HAL links for paging through the list and to related actions, keyed by relation.
        documents: The documents on this page.
        total_count: How many documents the user has submitted. Default: 0.
    """

    field_links: KYCDocumentsListResponseLinks
    documents: list[KYCDocumentImageInfo] | None = None
    total_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("field_links",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "documents",
        "total_count",
    )
    _ITEMS: ClassVar[str | None] = "documents"

    def page_items(self) -> list[KYCDocumentImageInfo]:
        """The items of this page (``Sumvin.paginate`` walks them across pages)."""
        return self.documents or []

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        _documents = UNSET if self.documents is None else self.documents
        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_documents, Unset):
            documents = []
            for documents_item_data in _documents:
                documents_item = documents_item_data.to_dict()
                documents.append(documents_item)

        _total_count = UNSET if self.total_count is None else self.total_count
        total_count = _total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
            }
        )
        if documents is not UNSET:
            field_dict["documents"] = documents
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            KYCDocumentImageInfo = _models.KYCDocumentImageInfo
            KYCDocumentsListResponseLinks = _models.KYCDocumentsListResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = KYCDocumentsListResponseLinks.from_dict(src_dict["_links"])

            at = "documents"
            _documents = src_dict.get("documents", ABSENT)
            if _documents is not ABSENT and not isinstance(_documents, list):
                raise TypeError(f"member 'documents': expected a list, got {type(_documents).__name__}")

            documents = _documents
            if _documents is not ABSENT:
                documents = [KYCDocumentImageInfo.from_dict(documents_item_data) for documents_item_data in _documents]

            total_count = src_dict.get("total_count", ABSENT)
            if (
                type(total_count) is not int
                and total_count is not ABSENT
                and (not isinstance(total_count, int) or isinstance(total_count, bool))
            ):
                raise TypeError(f"member 'total_count': expected int or Unset, got {type(total_count).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        kyc_documents_list_response = object.__new__(cls)
        kyc_documents_list_response.field_links = field_links
        kyc_documents_list_response.documents = None if documents is ABSENT else documents
        kyc_documents_list_response.total_count = None if total_count is ABSENT else total_count
        kyc_documents_list_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 1 + (documents is not ABSENT) + (total_count is not ABSENT)
            else {}
        )
        return kyc_documents_list_response

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
