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
    from ..models.link_config_response_links import LinkConfigResponseLinks


T = TypeVar("T", bound="LinkConfigResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "provider",
        "requires_institution_selection",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class LinkConfigResponse(Model):
    """What `get_link_config` returns: the settings a client needs to open the account-linking flow of each provider.

    Attributes:
        field_links: HAL links to this resource and to the actions available next, keyed by relation.
        provider: Bank-linking provider the widget uses.
        requires_institution_selection: True when the user must pick their bank before the widget opens.
    """

    field_links: LinkConfigResponseLinks
    provider: str
    requires_institution_selection: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "provider",
        "requires_institution_selection",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        provider = self.provider

        requires_institution_selection = self.requires_institution_selection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "provider": provider,
                "requires_institution_selection": requires_institution_selection,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            LinkConfigResponseLinks = _models.LinkConfigResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = LinkConfigResponseLinks.from_dict(src_dict["_links"])

            at = "provider"
            provider = src_dict["provider"]
            if type(provider) is not str and not isinstance(provider, str):
                raise TypeError(f"member 'provider': expected str, got {type(provider).__name__}")

            at = "requires_institution_selection"
            requires_institution_selection = src_dict["requires_institution_selection"]
            if type(requires_institution_selection) is not bool and not isinstance(
                requires_institution_selection, bool
            ):
                raise TypeError(
                    f"member 'requires_institution_selection': expected bool, got {type(requires_institution_selection).__name__}"
                )

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        link_config_response = object.__new__(cls)
        link_config_response.field_links = field_links
        link_config_response.provider = provider
        link_config_response.requires_institution_selection = requires_institution_selection
        link_config_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 3 else {}
        )
        return link_config_response

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
