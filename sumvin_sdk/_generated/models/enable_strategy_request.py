from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    NotRequired,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.enable_strategy_request_configuration_type_0 import EnableStrategyRequestConfigurationType0
    from ..models.enable_strategy_request_event_filter_type_0 import EnableStrategyRequestEventFilterType0


T = TypeVar("T", bound="EnableStrategyRequest")
_MEMBERS: frozenset[str] = frozenset(
    (
        "strategy_id",
        "connector_id",
        "configuration",
        "event_filter",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class EnableStrategyRequest(Model):
    """Body of `enable_strategy`, which enables a catalogue strategy for the user with the given configuration.

    Attributes:
        strategy_id: Id of the strategy to switch on for the user.
        connector_id: Id of the connector (third-party service).
        configuration: The user's settings for the strategy; null for its defaults.
        event_filter: Limits which transaction events start the strategy; only for event-driven strategies.
    """

    strategy_id: str
    connector_id: str | Unset | None = UNSET
    configuration: EnableStrategyRequestConfigurationType0 | Unset | None = UNSET
    event_filter: EnableStrategyRequestEventFilterType0 | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("strategy_id",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "connector_id",
        "configuration",
        "event_filter",
    )
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        from ..models.enable_strategy_request_configuration_type_0 import EnableStrategyRequestConfigurationType0
        from ..models.enable_strategy_request_event_filter_type_0 import EnableStrategyRequestEventFilterType0

        strategy_id = self.strategy_id

        connector_id: str | Unset | None
        if isinstance(self.connector_id, Unset):
            connector_id = UNSET
        else:
            connector_id = self.connector_id

        configuration: dict[str, Any] | Unset | None
        if isinstance(self.configuration, Unset):
            configuration = UNSET
        elif isinstance(self.configuration, EnableStrategyRequestConfigurationType0):
            configuration = self.configuration.to_dict()
        else:
            configuration = self.configuration

        event_filter: dict[str, Any] | Unset | None
        if isinstance(self.event_filter, Unset):
            event_filter = UNSET
        elif isinstance(self.event_filter, EnableStrategyRequestEventFilterType0):
            event_filter = self.event_filter.to_dict()
        else:
            event_filter = self.event_filter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "strategy_id": strategy_id,
            }
        )
        if connector_id is not UNSET:
            field_dict["connector_id"] = connector_id
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if event_filter is not UNSET:
            field_dict["event_filter"] = event_filter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            EnableStrategyRequestConfigurationType0 = _models.EnableStrategyRequestConfigurationType0
            EnableStrategyRequestEventFilterType0 = _models.EnableStrategyRequestEventFilterType0
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "strategy_id"
            strategy_id = src_dict["strategy_id"]
            if type(strategy_id) is not str and not isinstance(strategy_id, str):
                raise TypeError(f"member 'strategy_id': expected str, got {type(strategy_id).__name__}")

            at = "connector_id"
            connector_id = src_dict.get("connector_id", ABSENT)
            if (
                type(connector_id) is not str
                and connector_id is not None
                and connector_id is not ABSENT
                and not isinstance(connector_id, str)
            ):
                raise TypeError(
                    f"member 'connector_id': expected str or None or Unset, got {type(connector_id).__name__}"
                )

            at = "configuration"
            configuration = src_dict.get("configuration", ABSENT)
            if configuration is not None and configuration is not ABSENT:
                if not isinstance(configuration, dict):
                    raise TypeError("member 'configuration': a value of the wrong type")
                configuration = EnableStrategyRequestConfigurationType0.from_dict(configuration)

            at = "event_filter"
            event_filter = src_dict.get("event_filter", ABSENT)
            if event_filter is not None and event_filter is not ABSENT:
                if not isinstance(event_filter, dict):
                    raise TypeError("member 'event_filter': a value of the wrong type")
                event_filter = EnableStrategyRequestEventFilterType0.from_dict(event_filter)

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        enable_strategy_request = object.__new__(cls)
        enable_strategy_request.strategy_id = strategy_id
        enable_strategy_request.connector_id = connector_id
        enable_strategy_request.configuration = configuration
        enable_strategy_request.event_filter = event_filter
        enable_strategy_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 1 + (connector_id is not ABSENT) + (configuration is not ABSENT) + (event_filter is not ABSENT)
            else {}
        )
        return enable_strategy_request

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


class EnableStrategyRequestDict(TypedDict):
    """``EnableStrategyRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    strategy_id: str
    connector_id: NotRequired[str | None]
    configuration: NotRequired[Mapping[str, Any] | _models.EnableStrategyRequestConfigurationType0 | None]
    event_filter: NotRequired[Mapping[str, Any] | _models.EnableStrategyRequestEventFilterType0 | None]
