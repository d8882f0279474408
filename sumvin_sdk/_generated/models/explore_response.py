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
    from ..models.explore_response_links import ExploreResponseLinks
    from ..models.explore_response_sections import ExploreResponseSections


T = TypeVar("T", bound="ExploreResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "sections",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class ExploreResponse(Model):
    """What `get_explore` returns: the Explore catalogue: sections of strategies and connectors to browse.

    Attributes:
        field_links: HAL links to this resource and to the actions available next, keyed by relation.
        sections: Explore items grouped by section name.
    """

    field_links: ExploreResponseLinks
    sections: ExploreResponseSections
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "sections",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        sections = self.sections.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "sections": sections,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            ExploreResponseLinks = _models.ExploreResponseLinks
            ExploreResponseSections = _models.ExploreResponseSections
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = ExploreResponseLinks.from_dict(src_dict["_links"])

            at = "sections"
            sections = ExploreResponseSections.from_dict(src_dict["sections"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        explore_response = object.__new__(cls)
        explore_response.field_links = field_links
        explore_response.sections = sections
        explore_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return explore_response

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
