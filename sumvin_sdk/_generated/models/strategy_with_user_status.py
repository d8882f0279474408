from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, epoch_ms, note_failure, parse_timestamp

T = TypeVar("T", bound="StrategyWithUserStatus")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "description",
        "type",
        "cron",
        "base_prompt",
        "created_at",
        "event_topic",
        "is_enabled",
        "user_strategy_id",
        "is_active",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class StrategyWithUserStatus(Model):
    """A catalogue strategy with whether the user has enabled it.

    Attributes:
        id: Id of the strategy, such as `strat_a1b2c3d4`.
        name: Name of the strategy, for display.
        description: What the strategy does, in a sentence or two; null when not written.
        type_: Kind of schedule the strategy follows, such as `recurring`.
        cron: Cron schedule the strategy runs on; null for event-driven strategies.
        base_prompt: Instructions the agent starts each run of the strategy with.
        created_at: When the strategy was created (epoch ms on the wire).
        event_topic: Event that starts the strategy; null for scheduled strategies.
        is_enabled: True when the user has enabled the strategy. Default: False.
        user_strategy_id: Id of the user's enablement of the strategy; null when not enabled.
        is_active: Whether the user's enablement is running (false when paused); null when not enabled.
    """

    id: str
    name: str
    description: str | None
    type_: str
    cron: str | None
    base_prompt: str
    created_at: datetime.datetime
    event_topic: str | None = None
    is_enabled: bool | None = None
    user_strategy_id: str | None = None
    is_active: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
        "description",
        "type_",
        "cron",
        "base_prompt",
        "created_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "event_topic",
        "is_enabled",
        "user_strategy_id",
        "is_active",
    )

    def _json_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: str | None
        description = self.description

        type_ = self.type_

        cron: str | None
        cron = self.cron

        base_prompt = self.base_prompt

        created_at = epoch_ms(self.created_at)

        _event_topic = UNSET if self.event_topic is None and not self._nulls & 1 else self.event_topic
        event_topic: str | Unset | None
        if isinstance(_event_topic, Unset):
            event_topic = UNSET
        else:
            event_topic = _event_topic

        _is_enabled = UNSET if self.is_enabled is None else self.is_enabled
        is_enabled = _is_enabled

        _user_strategy_id = UNSET if self.user_strategy_id is None and not self._nulls & 4 else self.user_strategy_id
        user_strategy_id: str | Unset | None
        if isinstance(_user_strategy_id, Unset):
            user_strategy_id = UNSET
        else:
            user_strategy_id = _user_strategy_id

        _is_active = UNSET if self.is_active is None and not self._nulls & 8 else self.is_active
        is_active: bool | Unset | None
        if isinstance(_is_active, Unset):
            is_active = UNSET
        else:
            is_active = _is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "type": type_,
                "cron": cron,
                "base_prompt": base_prompt,
                "created_at": created_at,
            }
        )
        if event_topic is not UNSET:
            field_dict["event_topic"] = event_topic
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if user_strategy_id is not UNSET:
            field_dict["user_strategy_id"] = user_strategy_id
        if is_active is not UNSET:
            field_dict["is_active"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "name"
            name = src_dict["name"]
            if type(name) is not str and not isinstance(name, str):
                raise TypeError(f"member 'name': expected str, got {type(name).__name__}")

            at = "description"
            description = src_dict["description"]
            if type(description) is not str and description is not None and not isinstance(description, str):
                raise TypeError(f"member 'description': expected str or None, got {type(description).__name__}")

            at = "type"
            type_ = src_dict["type"]
            if type(type_) is not str and not isinstance(type_, str):
                raise TypeError(f"member 'type': expected str, got {type(type_).__name__}")

            at = "cron"
            cron = src_dict["cron"]
            if type(cron) is not str and cron is not None and not isinstance(cron, str):
                raise TypeError(f"member 'cron': expected str or None, got {type(cron).__name__}")

            at = "base_prompt"
            base_prompt = src_dict["base_prompt"]
            if type(base_prompt) is not str and not isinstance(base_prompt, str):
                raise TypeError(f"member 'base_prompt': expected str, got {type(base_prompt).__name__}")

            at = "created_at"
            created_at = parse_timestamp(src_dict["created_at"])

            at = "event_topic"
            event_topic = src_dict.get("event_topic", ABSENT)
            if (
                type(event_topic) is not str
                and event_topic is not None
                and event_topic is not ABSENT
                and not isinstance(event_topic, str)
            ):
                raise TypeError(
                    f"member 'event_topic': expected str or None or Unset, got {type(event_topic).__name__}"
                )

            if event_topic is None:
                nulls |= 1

            is_enabled = src_dict.get("is_enabled", ABSENT)
            if type(is_enabled) is not bool and is_enabled is not ABSENT and not isinstance(is_enabled, bool):
                raise TypeError(f"member 'is_enabled': expected bool or Unset, got {type(is_enabled).__name__}")

            at = "user_strategy_id"
            user_strategy_id = src_dict.get("user_strategy_id", ABSENT)
            if (
                type(user_strategy_id) is not str
                and user_strategy_id is not None
                and user_strategy_id is not ABSENT
                and not isinstance(user_strategy_id, str)
            ):
                raise TypeError(
                    f"member 'user_strategy_id': expected str or None or Unset, got {type(user_strategy_id).__name__}"
                )

            if user_strategy_id is None:
                nulls |= 4

            at = "is_active"
            is_active = src_dict.get("is_active", ABSENT)
            if (
                type(is_active) is not bool
                and is_active is not None
                and is_active is not ABSENT
                and not isinstance(is_active, bool)
            ):
                raise TypeError(f"member 'is_active': expected bool or None or Unset, got {type(is_active).__name__}")

            if is_active is None:
                nulls |= 8

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        strategy_with_user_status = object.__new__(cls)
        strategy_with_user_status.id = id
        strategy_with_user_status.name = name
        strategy_with_user_status.description = description
        strategy_with_user_status.type_ = type_
        strategy_with_user_status.cron = cron
        strategy_with_user_status.base_prompt = base_prompt
        strategy_with_user_status.created_at = created_at
        strategy_with_user_status.event_topic = None if event_topic is ABSENT else event_topic
        strategy_with_user_status.is_enabled = None if is_enabled is ABSENT else is_enabled
        strategy_with_user_status.user_strategy_id = None if user_strategy_id is ABSENT else user_strategy_id
        strategy_with_user_status.is_active = None if is_active is ABSENT else is_active
        strategy_with_user_status._nulls = nulls
        strategy_with_user_status.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 7
            + (event_topic is not ABSENT)
            + (is_enabled is not ABSENT)
            + (user_strategy_id is not ABSENT)
            + (is_active is not ABSENT)
            else {}
        )
        return strategy_with_user_status

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
