from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.explore_colour import ExploreColour
from ..models.explore_icon import ExploreIcon
from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="ExploreMetaData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "colour",
        "icon",
        "hero_visual",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class ExploreMetaData(Model):
    """How an Explore item looks: colour, icon and header picture.

    Attributes:
        colour: Colour of the item's card.
        icon: Icon of the item's card.
        hero_visual: Name of the picture shown at the top of the item.
    """

    colour: ExploreColour
    icon: ExploreIcon
    hero_visual: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "colour",
        "icon",
        "hero_visual",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        colour = ExploreColour(self.colour).value

        icon = ExploreIcon(self.icon).value

        hero_visual = self.hero_visual

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "colour": colour,
                "icon": icon,
                "hero_visual": hero_visual,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "colour"
            colour = ExploreColour.parse(src_dict["colour"])

            at = "icon"
            icon = ExploreIcon.parse(src_dict["icon"])

            at = "hero_visual"
            hero_visual = src_dict["hero_visual"]
            if type(hero_visual) is not str and not isinstance(hero_visual, str):
                raise TypeError(f"member 'hero_visual': expected str, got {type(hero_visual).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        explore_meta_data = object.__new__(cls)
        explore_meta_data.colour = colour
        explore_meta_data.icon = icon
        explore_meta_data.hero_visual = hero_visual
        explore_meta_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 3 else {}
        )
        return explore_meta_data

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
