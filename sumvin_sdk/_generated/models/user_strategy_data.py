from __future__ import annotations

import datetime
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
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, epoch_ms, note_failure, parse_timestamp

if TYPE_CHECKING:
    from ..models.connector_data import ConnectorData
    from ..models.strategy_data import StrategyData
    from ..models.user_strategy_data_configuration_type_0 import UserStrategyDataConfigurationType0
    from ..models.user_strategy_data_event_filter_type_0 import UserStrategyDataEventFilterType0


T = TypeVar("T", bound="UserStrategyData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "strategy",
        "connector",
        "is_active",
        "configuration",
        "created_at",
        "event_filter",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class UserStrategyData(Model):
    """A strategy the user has enabled, with their settings.

    Attributes:
        id: Unique id of the user strategy.
        strategy: The strategy enabled.
        connector: Connector the strategy runs with; null when it needs none.
        is_active: Whether the strategy is running (false when paused).
        configuration: The user's settings for the strategy; null for its defaults.
        created_at: When the user strategy was created (epoch ms on the wire).
        event_filter: Which transaction events start the strategy; null for all.
    """

    id: str
    strategy: StrategyData
    connector: ConnectorData | None
    is_active: bool
    configuration: UserStrategyDataConfigurationType0 | None
    created_at: datetime.datetime
    event_filter: UserStrategyDataEventFilterType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "strategy",
        "connector",
        "is_active",
        "configuration",
        "created_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("event_filter",)

    def _json_dict(self) -> dict[str, Any]:
        from ..models.connector_data import ConnectorData
        from ..models.user_strategy_data_configuration_type_0 import UserStrategyDataConfigurationType0
        from ..models.user_strategy_data_event_filter_type_0 import UserStrategyDataEventFilterType0

        id = self.id

        strategy = self.strategy.to_dict()

        connector: dict[str, Any] | None
        if isinstance(self.connector, ConnectorData):
            connector = self.connector.to_dict()
        else:
            connector = self.connector

        is_active = self.is_active

        configuration: dict[str, Any] | None
        if isinstance(self.configuration, UserStrategyDataConfigurationType0):
            configuration = self.configuration.to_dict()
        else:
            configuration = self.configuration

        created_at = epoch_ms(self.created_at)

        _event_filter = UNSET if self.event_filter is None and not self._nulls & 1 else self.event_filter
        event_filter: dict[str, Any] | Unset | None
        if isinstance(_event_filter, Unset):
            event_filter = UNSET
        elif isinstance(_event_filter, UserStrategyDataEventFilterType0):
            event_filter = _event_filter.to_dict()
        else:
            event_filter = _event_filter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "strategy": strategy,
                "connector": connector,
                "is_active": is_active,
                "configuration": configuration,
                "created_at": created_at,
            }
        )
        if event_filter is not UNSET:
            field_dict["event_filter"] = event_filter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            ConnectorData = _models.ConnectorData
            StrategyData = _models.StrategyData
            UserStrategyDataConfigurationType0 = _models.UserStrategyDataConfigurationType0
            UserStrategyDataEventFilterType0 = _models.UserStrategyDataEventFilterType0
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "strategy"
            strategy = StrategyData.from_dict(src_dict["strategy"])

            at = "connector"
            connector = src_dict["connector"]
            if connector is not None:
                if not isinstance(connector, dict):
                    raise TypeError("member 'connector': a value of the wrong type")
                connector = ConnectorData.from_dict(connector)

            at = "is_active"
            is_active = src_dict["is_active"]
            if type(is_active) is not bool and not isinstance(is_active, bool):
                raise TypeError(f"member 'is_active': expected bool, got {type(is_active).__name__}")

            at = "configuration"
            configuration = src_dict["configuration"]
            if configuration is not None:
                if not isinstance(configuration, dict):
                    raise TypeError("member 'configuration': a value of the wrong type")
                configuration = UserStrategyDataConfigurationType0.from_dict(configuration)

            at = "created_at"
            created_at = parse_timestamp(src_dict["created_at"])

            at = "event_filter"
            event_filter = src_dict.get("event_filter", ABSENT)
            if event_filter is not None and event_filter is not ABSENT:
                if not isinstance(event_filter, dict):
                    raise TypeError("member 'event_filter': a value of the wrong type")
                event_filter = UserStrategyDataEventFilterType0.from_dict(event_filter)

            if event_filter is None:
                nulls |= 1

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        user_strategy_data = object.__new__(cls)
        user_strategy_data.id = id
        user_strategy_data.strategy = strategy
        user_strategy_data.connector = connector
        user_strategy_data.is_active = is_active
        user_strategy_data.configuration = configuration
        user_strategy_data.created_at = created_at
        user_strategy_data.event_filter = None if event_filter is ABSENT else event_filter
        user_strategy_data._nulls = nulls
        user_strategy_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 6 + (event_filter is not ABSENT)
            else {}
        )
        return user_strategy_data

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
