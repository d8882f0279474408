from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, epoch_ms, parse_timestamp

T = TypeVar("T", bound="StrategyData")


@_attrs_define(repr=False)
class StrategyData(Model):
    """A strategy data, as part of `StrategyDetailResponse`, `StrategyResourceData` and others.

    Attributes:
        id: Unique id of the strategy.
        name: Name of the strategy as shown to users.
        description: What the strategy is for, in a sentence or two.
        type_: Kind of strategy.
        cron: Cron of the strategy.
        base_prompt: Base prompt of the strategy.
        created_at: When the strategy was created.
        event_topic: Event topic of the strategy.
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
        d = dict(src_dict)
        nulls = 0
        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"member 'name': expected str, got {type(name).__name__}")

        description: str | None = d.pop("description")
        if description is not None and not isinstance(description, str):
            raise TypeError(f"member 'description': expected str or None, got {type(description).__name__}")

        type_ = d.pop("type")
        if not isinstance(type_, str):
            raise TypeError(f"member 'type': expected str, got {type(type_).__name__}")

        cron: str | None = d.pop("cron")
        if cron is not None and not isinstance(cron, str):
            raise TypeError(f"member 'cron': expected str or None, got {type(cron).__name__}")

        base_prompt = d.pop("base_prompt")
        if not isinstance(base_prompt, str):
            raise TypeError(f"member 'base_prompt': expected str, got {type(base_prompt).__name__}")

        created_at = parse_timestamp(d.pop("created_at"))

        event_topic: str | Unset | None = d.pop("event_topic", UNSET)
        if event_topic is not None and not isinstance(event_topic, Unset) and not isinstance(event_topic, str):
            raise TypeError(f"member 'event_topic': expected str or None or Unset, got {type(event_topic).__name__}")

        if event_topic is None:
            nulls |= 1

        strategy_data = cls(
            id=id,
            name=name,
            description=description,
            type_=type_,
            cron=cron,
            base_prompt=base_prompt,
            created_at=created_at,
            event_topic=None if isinstance(event_topic, Unset) else event_topic,
        )

        strategy_data._nulls = nulls

        strategy_data.additional_properties = d
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
