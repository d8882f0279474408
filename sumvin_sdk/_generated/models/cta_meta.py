from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_color import ChatColor
from ..models.chat_icon import ChatIcon
from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="CTAMeta")
_MEMBERS: frozenset[str] = frozenset(
    (
        "icon",
        "color",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class CTAMeta(Model):
    """How a call-to-action looks: its icon and colour.

    Attributes:
        icon: Icon to show, from the supported icon set.
        color: Colour to show, from the theme palette.
    """

    icon: ChatIcon
    color: ChatColor
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "icon",
        "color",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        icon = ChatIcon(self.icon).value

        color = ChatColor(self.color).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "icon": icon,
                "color": color,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "icon"
            icon = ChatIcon.parse(src_dict["icon"])

            at = "color"
            color = ChatColor.parse(src_dict["color"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        cta_meta = object.__new__(cls)
        cta_meta.icon = icon
        cta_meta.color = color
        cta_meta.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return cta_meta

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
