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
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.connector_data import ConnectorData
    from ..models.connector_detail_response_links import ConnectorDetailResponseLinks
    from ..models.tool_data import ToolData


T = TypeVar("T", bound="ConnectorDetailResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "connector",
        "tools",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class ConnectorDetailResponse(Model):
    """What `get_connector` returns: one connector, optionally with the tools it provides.

    Attributes:
        field_links: HAL links to this resource and to the actions available next, keyed by relation.
        connector: The connector asked for.
        tools: Tools the connector offers to the agent.
    """

    field_links: ConnectorDetailResponseLinks
    connector: ConnectorData
    tools: list[ToolData] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "connector",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("tools",)

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        connector = self.connector.to_dict()

        _tools = UNSET if self.tools is None else self.tools
        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_tools, Unset):
            tools = []
            for tools_item_data in _tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "connector": connector,
            }
        )
        if tools is not UNSET:
            field_dict["tools"] = tools

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            ConnectorData = _models.ConnectorData
            ConnectorDetailResponseLinks = _models.ConnectorDetailResponseLinks
            ToolData = _models.ToolData
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = ConnectorDetailResponseLinks.from_dict(src_dict["_links"])

            at = "connector"
            connector = ConnectorData.from_dict(src_dict["connector"])

            at = "tools"
            _tools = src_dict.get("tools", ABSENT)
            if _tools is not ABSENT and not isinstance(_tools, list):
                raise TypeError(f"member 'tools': expected a list, got {type(_tools).__name__}")

            tools = _tools
            if _tools is not ABSENT:
                tools = [ToolData.from_dict(tools_item_data) for tools_item_data in _tools]

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        connector_detail_response = object.__new__(cls)
        connector_detail_response.field_links = field_links
        connector_detail_response.connector = connector
        connector_detail_response.tools = None if tools is ABSENT else tools
        connector_detail_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 2 + (tools is not ABSENT)
            else {}
        )
        return connector_detail_response

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
