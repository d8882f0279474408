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
from ..types import PARSE_ERRORS, Model, note_failure

if TYPE_CHECKING:
    from ..models.institution_data import InstitutionData
    from ..models.institution_list_response_links import InstitutionListResponseLinks


T = TypeVar("T", bound="InstitutionListResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "institutions",
        "total",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class InstitutionListResponse(Model):
    """What `get_institutions` returns; it lists the banks and institutions that can be linked, filtered by region,
    products or name.

        Attributes:
            field_links: HAL links for paging through the list and to related actions, keyed by relation.
            institutions: The institutions on this page.
            total: Number of items across all pages.
    """

    field_links: InstitutionListResponseLinks
    institutions: list[InstitutionData]
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "institutions",
        "total",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        institutions = []
        for institutions_item_data in self.institutions:
            institutions_item = institutions_item_data.to_dict()
            institutions.append(institutions_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "institutions": institutions,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            InstitutionData = _models.InstitutionData
            InstitutionListResponseLinks = _models.InstitutionListResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = InstitutionListResponseLinks.from_dict(src_dict["_links"])

            at = "institutions"
            _institutions = src_dict["institutions"]
            if not isinstance(_institutions, list):
                raise TypeError(f"member 'institutions': expected a list, got {type(_institutions).__name__}")

            institutions = [
                InstitutionData.from_dict(institutions_item_data) for institutions_item_data in _institutions
            ]

            at = "total"
            total = src_dict["total"]
            if type(total) is not int and (not isinstance(total, int) or isinstance(total, bool)):
                raise TypeError(f"member 'total': expected int, got {type(total).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        institution_list_response = object.__new__(cls)
        institution_list_response.field_links = field_links
        institution_list_response.institutions = institutions
        institution_list_response.total = total
        institution_list_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 3 else {}
        )
        return institution_list_response

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
