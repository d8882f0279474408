from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Model, Unset, epoch_ms, parse_timestamp

if TYPE_CHECKING:
    from ..models.connector_data import ConnectorData
    from ..models.strategy_data import StrategyData
    from ..models.user_strategy_data_configuration_type_0 import UserStrategyDataConfigurationType0
    from ..models.user_strategy_data_event_filter_type_0 import UserStrategyDataEventFilterType0


T = TypeVar("T", bound="UserStrategyData")


@_attrs_define(repr=False)
class UserStrategyData(Model):
    """A user strategy data, as part of `UserAgentTaskData`, `UserStrategyListResponse` and others.

    Attributes:
        id: Unique id of the user strategy.
        strategy: Strategy of the user strategy.
        connector: Connector of the user strategy.
        is_active: Whether the user strategy is active.
        configuration: Configuration of the user strategy.
        created_at: When the user strategy was created.
        event_filter: Event filter of the user strategy.
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
        d = dict(src_dict)
        nulls = 0
        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

        strategy = StrategyData.from_dict(d.pop("strategy"))

        def _parse_connector(data: object) -> ConnectorData | None:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError()
            connector_type_0 = ConnectorData.from_dict(data)

            return connector_type_0

        connector = _parse_connector(d.pop("connector"))

        is_active = d.pop("is_active")
        if not isinstance(is_active, bool):
            raise TypeError(f"member 'is_active': expected bool, got {type(is_active).__name__}")

        def _parse_configuration(data: object) -> UserStrategyDataConfigurationType0 | None:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError()
            configuration_type_0 = UserStrategyDataConfigurationType0.from_dict(data)

            return configuration_type_0

        configuration = _parse_configuration(d.pop("configuration"))

        created_at = parse_timestamp(d.pop("created_at"))

        def _parse_event_filter(data: object) -> Unset | UserStrategyDataEventFilterType0 | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            event_filter_type_0 = UserStrategyDataEventFilterType0.from_dict(data)

            return event_filter_type_0

        event_filter = _parse_event_filter(d.pop("event_filter", UNSET))

        if event_filter is None:
            nulls |= 1

        user_strategy_data = cls(
            id=id,
            strategy=strategy,
            connector=connector,
            is_active=is_active,
            configuration=configuration,
            created_at=created_at,
            event_filter=None if isinstance(event_filter, Unset) else event_filter,
        )

        user_strategy_data._nulls = nulls

        user_strategy_data.additional_properties = d
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
