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
    from ..models.strategy_data import StrategyData
    from ..models.strategy_detail_response_links import StrategyDetailResponseLinks
    from ..models.tool_data import ToolData


T = TypeVar("T", bound="StrategyDetailResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "strategy",
        "required_connectors",
        "available_tools",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class StrategyDetailResponse(Model):
    """What `get_strategy` returns: one catalogue strategy, optionally with the connectors and tools it uses.

    Example:
        {'_links': {'enable': {'href': '/v0/user/strategies', 'method': 'POST'}, 'self': {'href':
            '/v0/strategies/strat_a1b2c3d4'}, 'strategies': {'href': '/v0/strategies'}}, 'available_tools': [],
            'required_connectors': [], 'strategy': {'created_at': 1704067200000, 'description': 'Buys a fixed amount of a
            chosen crypto asset at regular intervals.', 'id': 'strat_a1b2c3d4', 'name': 'Smart DCA', 'type': 'recurring'}}

    Attributes:
        field_links: HAL links to this resource and to the actions available next, keyed by relation.
        strategy: The strategy asked for.
        required_connectors: Connectors the user must have for the strategy to run.
        available_tools: Tools the agent may use when running the strategy.
    """

    field_links: StrategyDetailResponseLinks
    strategy: StrategyData
    required_connectors: list[ConnectorData] | None = None
    available_tools: list[ToolData] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "strategy",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "required_connectors",
        "available_tools",
    )

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        strategy = self.strategy.to_dict()

        _required_connectors = UNSET if self.required_connectors is None else self.required_connectors
        required_connectors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_required_connectors, Unset):
            required_connectors = []
            for required_connectors_item_data in _required_connectors:
                required_connectors_item = required_connectors_item_data.to_dict()
                required_connectors.append(required_connectors_item)

        _available_tools = UNSET if self.available_tools is None else self.available_tools
        available_tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_available_tools, Unset):
            available_tools = []
            for available_tools_item_data in _available_tools:
                available_tools_item = available_tools_item_data.to_dict()
                available_tools.append(available_tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "strategy": strategy,
            }
        )
        if required_connectors is not UNSET:
            field_dict["required_connectors"] = required_connectors
        if available_tools is not UNSET:
            field_dict["available_tools"] = available_tools

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            ConnectorData = _models.ConnectorData
            StrategyData = _models.StrategyData
            StrategyDetailResponseLinks = _models.StrategyDetailResponseLinks
            ToolData = _models.ToolData
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = StrategyDetailResponseLinks.from_dict(src_dict["_links"])

            at = "strategy"
            strategy = StrategyData.from_dict(src_dict["strategy"])

            at = "required_connectors"
            _required_connectors = src_dict.get("required_connectors", ABSENT)
            if _required_connectors is not ABSENT and not isinstance(_required_connectors, list):
                raise TypeError(
                    f"member 'required_connectors': expected a list, got {type(_required_connectors).__name__}"
                )

            required_connectors = _required_connectors
            if _required_connectors is not ABSENT:
                required_connectors = [
                    ConnectorData.from_dict(required_connectors_item_data)
                    for required_connectors_item_data in _required_connectors
                ]

            at = "available_tools"
            _available_tools = src_dict.get("available_tools", ABSENT)
            if _available_tools is not ABSENT and not isinstance(_available_tools, list):
                raise TypeError(f"member 'available_tools': expected a list, got {type(_available_tools).__name__}")

            available_tools = _available_tools
            if _available_tools is not ABSENT:
                available_tools = [
                    ToolData.from_dict(available_tools_item_data) for available_tools_item_data in _available_tools
                ]

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        strategy_detail_response = object.__new__(cls)
        strategy_detail_response.field_links = field_links
        strategy_detail_response.strategy = strategy
        strategy_detail_response.required_connectors = None if required_connectors is ABSENT else required_connectors
        strategy_detail_response.available_tools = None if available_tools is ABSENT else available_tools
        strategy_detail_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 2 + (required_connectors is not ABSENT) + (available_tools is not ABSENT)
            else {}
        )
        return strategy_detail_response

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
