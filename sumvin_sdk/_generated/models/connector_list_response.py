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
    from ..models.connector_data import ConnectorData
    from ..models.connector_list_response_links import ConnectorListResponseLinks


T = TypeVar("T", bound="ConnectorListResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "connectors",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class ConnectorListResponse(Model):
    """What `list_connectors` returns; it lists the third-party services the user can connect.

    Attributes:
        field_links: HAL links for paging through the list and to related actions, keyed by relation.
        connectors: The connectors on this page.
    """

    field_links: ConnectorListResponseLinks
    connectors: list[ConnectorData]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "connectors",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _ITEMS: ClassVar[str | None] = "connectors"

    def page_items(self) -> list[ConnectorData]:
        """The items of this page (``Sumvin.paginate`` walks them across pages)."""
        return self.connectors

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        connectors = []
        for connectors_item_data in self.connectors:
            connectors_item = connectors_item_data.to_dict()
            connectors.append(connectors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "connectors": connectors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            ConnectorData = _models.ConnectorData
            ConnectorListResponseLinks = _models.ConnectorListResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = ConnectorListResponseLinks.from_dict(src_dict["_links"])

            at = "connectors"
            _connectors = src_dict["connectors"]
            if not isinstance(_connectors, list):
                raise TypeError(f"member 'connectors': expected a list, got {type(_connectors).__name__}")

            connectors = [ConnectorData.from_dict(connectors_item_data) for connectors_item_data in _connectors]

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        connector_list_response = object.__new__(cls)
        connector_list_response.field_links = field_links
        connector_list_response.connectors = connectors
        connector_list_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return connector_list_response

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
