from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kyc_document_image_info import KYCDocumentImageInfo
    from ..models.kyc_documents_list_response_links import KYCDocumentsListResponseLinks


T = TypeVar("T", bound="KYCDocumentsListResponse")


@_attrs_define
class KYCDocumentsListResponse:
    """A page of KYC documentss with links to the neighbouring pages.

    Attributes:
        field_links (KYCDocumentsListResponseLinks): Hypermedia links to related resources and the actions available on
            this KYC documents.
        documents (list[KYCDocumentImageInfo] | Unset): Documents of the KYC documents.
        total_count (int | Unset): Number of total. Default: 0.
    """

    field_links: KYCDocumentsListResponseLinks
    documents: list[KYCDocumentImageInfo] | Unset = UNSET
    total_count: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = []
            for documents_item_data in self.documents:
                documents_item = documents_item_data.to_dict()
                documents.append(documents_item)

        total_count = self.total_count

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
        d = dict(src_dict)
        field_links = KYCDocumentsListResponseLinks.from_dict(d.pop("_links"))

        _documents = d.pop("documents", UNSET)
        if not isinstance(_documents, list) and not isinstance(_documents, Unset):
            raise TypeError(f"member 'documents': expected a list, got {type(_documents).__name__}")

        documents: list[KYCDocumentImageInfo] | Unset = UNSET
        if not isinstance(_documents, Unset):
            documents = []
            for documents_item_data in _documents:
                documents_item = KYCDocumentImageInfo.from_dict(documents_item_data)

                documents.append(documents_item)

        total_count = d.pop("total_count", UNSET)
        if not isinstance(total_count, Unset) and (not isinstance(total_count, int) or isinstance(total_count, bool)):
            raise TypeError(f"member 'total_count': expected int or Unset, got {type(total_count).__name__}")

        kyc_documents_list_response = cls(
            field_links=field_links,
            documents=documents,
            total_count=total_count,
        )

        kyc_documents_list_response.additional_properties = d
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
