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
    from ..models.update_user_strategy_request_configuration_type_0 import UpdateUserStrategyRequestConfigurationType0
    from ..models.update_user_strategy_request_event_filter_type_0 import UpdateUserStrategyRequestEventFilterType0


T = TypeVar("T", bound="UpdateUserStrategyRequest")
_MEMBERS: frozenset[str] = frozenset(
    (
        "is_active",
        "configuration",
        "event_filter",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class UpdateUserStrategyRequest(Model):
    """Body of `update_user_strategy`, which changes the configuration or the active state of one of the user's strategies.

    Attributes:
        is_active: `False` to pause the strategy, `True` to resume it; omit to keep it.
        configuration: New settings for the strategy; omit to keep them.
        event_filter: Limits which transaction events start the strategy; only for event-driven strategies; omit to keep
            it.
    """

    is_active: bool | Unset | None = UNSET
    configuration: Unset | UpdateUserStrategyRequestConfigurationType0 | None = UNSET
    event_filter: Unset | UpdateUserStrategyRequestEventFilterType0 | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "is_active",
        "configuration",
        "event_filter",
    )
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        from ..models.update_user_strategy_request_configuration_type_0 import (
            UpdateUserStrategyRequestConfigurationType0,
        )
        from ..models.update_user_strategy_request_event_filter_type_0 import UpdateUserStrategyRequestEventFilterType0

        is_active: bool | Unset | None
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        configuration: dict[str, Any] | Unset | None
        if isinstance(self.configuration, Unset):
            configuration = UNSET
        elif isinstance(self.configuration, UpdateUserStrategyRequestConfigurationType0):
            configuration = self.configuration.to_dict()
        else:
            configuration = self.configuration

        event_filter: dict[str, Any] | Unset | None
        if isinstance(self.event_filter, Unset):
            event_filter = UNSET
        elif isinstance(self.event_filter, UpdateUserStrategyRequestEventFilterType0):
            event_filter = self.event_filter.to_dict()
        else:
            event_filter = self.event_filter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if event_filter is not UNSET:
            field_dict["event_filter"] = event_filter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            UpdateUserStrategyRequestConfigurationType0 = _models.UpdateUserStrategyRequestConfigurationType0
            UpdateUserStrategyRequestEventFilterType0 = _models.UpdateUserStrategyRequestEventFilterType0
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "is_active"
            is_active = src_dict.get("is_active", ABSENT)
            if (
                type(is_active) is not bool
                and is_active is not None
                and is_active is not ABSENT
                and not isinstance(is_active, bool)
            ):
                raise TypeError(f"member 'is_active': expected bool or None or Unset, got {type(is_active).__name__}")

            at = "configuration"
            configuration = src_dict.get("configuration", ABSENT)
            if configuration is not None and configuration is not ABSENT:
                if not isinstance(configuration, dict):
                    raise TypeError("member 'configuration': a value of the wrong type")
                configuration = UpdateUserStrategyRequestConfigurationType0.from_dict(configuration)

            at = "event_filter"
            event_filter = src_dict.get("event_filter", ABSENT)
            if event_filter is not None and event_filter is not ABSENT:
                if not isinstance(event_filter, dict):
                    raise TypeError("member 'event_filter': a value of the wrong type")
                event_filter = UpdateUserStrategyRequestEventFilterType0.from_dict(event_filter)

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        update_user_strategy_request = object.__new__(cls)
        update_user_strategy_request.is_active = is_active
        update_user_strategy_request.configuration = configuration
        update_user_strategy_request.event_filter = event_filter
        update_user_strategy_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 0 + (is_active is not ABSENT) + (configuration is not ABSENT) + (event_filter is not ABSENT)
            else {}
        )
        return update_user_strategy_request

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


class UpdateUserStrategyRequestDict(TypedDict):
    """``UpdateUserStrategyRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    is_active: NotRequired[bool | None]
    configuration: NotRequired[Mapping[str, Any] | _models.UpdateUserStrategyRequestConfigurationType0 | None]
    event_filter: NotRequired[Mapping[str, Any] | _models.UpdateUserStrategyRequestEventFilterType0 | None]
