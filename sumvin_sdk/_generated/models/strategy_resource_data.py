from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.connector_data import ConnectorData
    from ..models.strategy_data import StrategyData
    from ..models.strategy_resource_data_links import StrategyResourceDataLinks
    from ..models.strategy_resource_data_suggested_config import StrategyResourceDataSuggestedConfig


T = TypeVar("T", bound="StrategyResourceData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "resource_type",
        "strategy",
        "suggested_config",
        "_links",
        "required_connectors",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class StrategyResourceData(Model):
    """An Explore item that opens a strategy.

    Attributes:
        resource_type: Always `strategy`: the item opens a strategy.
        strategy: The strategy the item opens.
        suggested_config: Settings to enable the strategy with.
        field_links: HAL links to this resource and to the actions available next, keyed by relation.
        required_connectors: Connectors the user must have for the strategy to run.
    """

    resource_type: Literal["strategy"]
    strategy: StrategyData
    suggested_config: StrategyResourceDataSuggestedConfig
    field_links: StrategyResourceDataLinks
    required_connectors: list[ConnectorData] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "resource_type",
        "strategy",
        "suggested_config",
        "field_links",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("required_connectors",)

    def _json_dict(self) -> dict[str, Any]:
        resource_type = self.resource_type

        strategy = self.strategy.to_dict()

        suggested_config = self.suggested_config.to_dict()

        field_links = self.field_links.to_dict()

        _required_connectors = UNSET if self.required_connectors is None else self.required_connectors
        required_connectors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_required_connectors, Unset):
            required_connectors = []
            for required_connectors_item_data in _required_connectors:
                required_connectors_item = required_connectors_item_data.to_dict()
                required_connectors.append(required_connectors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource_type": resource_type,
                "strategy": strategy,
                "suggested_config": suggested_config,
                "_links": field_links,
            }
        )
        if required_connectors is not UNSET:
            field_dict["required_connectors"] = required_connectors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            ConnectorData = _models.ConnectorData
            StrategyData = _models.StrategyData
            StrategyResourceDataLinks = _models.StrategyResourceDataLinks
            StrategyResourceDataSuggestedConfig = _models.StrategyResourceDataSuggestedConfig
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "resource_type"
            resource_type = cast(Literal["strategy"], src_dict["resource_type"])
            if resource_type != "strategy":
                raise ValueError(f"resource_type must match const 'strategy', got '{resource_type}'")

            at = "strategy"
            strategy = StrategyData.from_dict(src_dict["strategy"])

            at = "suggested_config"
            suggested_config = StrategyResourceDataSuggestedConfig.from_dict(src_dict["suggested_config"])

            at = "_links"
            field_links = StrategyResourceDataLinks.from_dict(src_dict["_links"])

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

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        strategy_resource_data = object.__new__(cls)
        strategy_resource_data.resource_type = resource_type
        strategy_resource_data.strategy = strategy
        strategy_resource_data.suggested_config = suggested_config
        strategy_resource_data.field_links = field_links
        strategy_resource_data.required_connectors = None if required_connectors is ABSENT else required_connectors
        strategy_resource_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 4 + (required_connectors is not ABSENT)
            else {}
        )
        return strategy_resource_data

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
