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

T = TypeVar("T", bound="StrategyData")
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
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class StrategyData(Model):
    """A catalogue strategy: what it does, when it runs and the agent's instructions.

    Attributes:
        id: Id of the strategy, such as `strat_a1b2c3d4`.
        name: Name of the strategy as shown to users.
        description: What the strategy is for, in a sentence or two.
        type_: Kind of schedule the strategy follows, such as `recurring`.
        cron: Cron schedule the strategy runs on; null for event-driven strategies.
        base_prompt: Instructions the agent starts each run of the strategy with.
        created_at: When the strategy was created (epoch ms on the wire).
        event_topic: Event that starts the strategy; null for scheduled strategies.
    """

    id: str
    name: str
    description: str | None
    type_: str
    cron: str | None
    base_prompt: str
    created_at: datetime.datetime
    event_topic: str | None = None
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
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("event_topic",)

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

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        strategy_data = object.__new__(cls)
        strategy_data.id = id
        strategy_data.name = name
        strategy_data.description = description
        strategy_data.type_ = type_
        strategy_data.cron = cron
        strategy_data.base_prompt = base_prompt
        strategy_data.created_at = created_at
        strategy_data.event_topic = None if event_topic is ABSENT else event_topic
        strategy_data._nulls = nulls
        strategy_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 7 + (event_topic is not ABSENT)
            else {}
        )
        return strategy_data

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
