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
    from ..models.link_response_links import LinkResponseLinks
    from ..models.meld_link_data import MeldLinkData


T = TypeVar("T", bound="LinkResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "link",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class LinkResponse(Model):
    """What `initiate_link` returns; it starts linking an external financial account with a provider and returns what the
    client needs to continue.

        Attributes:
            field_links: HAL links to this resource and to the actions available next, keyed by relation.
            link: What the linking widget needs.
    """

    field_links: LinkResponseLinks
    link: MeldLinkData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "link",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        link = self.link.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "link": link,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            LinkResponseLinks = _models.LinkResponseLinks
            MeldLinkData = _models.MeldLinkData
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = LinkResponseLinks.from_dict(src_dict["_links"])

            at = "link"
            link = MeldLinkData.from_dict(src_dict["link"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        link_response = object.__new__(cls)
        link_response.field_links = field_links
        link_response.link = link
        link_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return link_response

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
