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
    from ..models.explore_item_data import ExploreItemData


T = TypeVar("T", bound="ExploreResponseSections")
_MEMBERS: frozenset[str] = frozenset(())  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class ExploreResponseSections(Model):
    """Explore items grouped by section name."""

    additional_properties: dict[str, list[ExploreItemData]] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item = additional_property_item_data.to_dict()
                field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            ExploreItemData = _models.ExploreItemData
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            additional_properties = {}
            if len(src_dict) != 0:
                at = None
                for prop_name, prop_dict in src_dict.items():
                    if prop_name in _MEMBERS:
                        continue
                    _additional_property = prop_dict
                    if not isinstance(_additional_property, list):
                        raise TypeError(
                            f"member 'AdditionalProperty': expected a list, got {type(_additional_property).__name__}"
                        )

                    additional_property = [
                        ExploreItemData.from_dict(additional_property_item_data)
                        for additional_property_item_data in _additional_property
                    ]

                    additional_properties[prop_name] = additional_property
        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        explore_response_sections = object.__new__(cls)
        explore_response_sections.additional_properties = additional_properties
        return explore_response_sections

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[ExploreItemData]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[ExploreItemData]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
