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
    from ..models.link import Link


T = TypeVar("T", bound="CardActionResponseLinks")
_MEMBERS: frozenset[str] = frozenset(())  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class CardActionResponseLinks(Model):
    """HAL links to this resource and to the actions available next, keyed by relation."""

    additional_properties: dict[str, Link] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            Link = _models.Link
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
                    additional_property = Link.from_dict(prop_dict)

                    additional_properties[prop_name] = additional_property
        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        card_action_response_links = object.__new__(cls)
        card_action_response_links.additional_properties = additional_properties
        return card_action_response_links

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Link:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Link) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
