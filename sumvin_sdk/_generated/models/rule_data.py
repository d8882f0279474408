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

from ..types import PARSE_ERRORS, Model, epoch_ms, note_failure, parse_timestamp

T = TypeVar("T", bound="RuleData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "rule_prompt",
        "applies_to",
        "priority",
        "created_at",
        "updated_at",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class RuleData(Model):
    """One of the user's agent rules: its text, target and priority.

    Attributes:
        id: Unique id of the rule.
        name: Name of the rule as shown to users.
        rule_prompt: The rule in the user's words.
        applies_to: What the rule applies to: `all`, or a strategy id.
        priority: Rank of the rule among the user's rules, from 0 to 1000.
        created_at: When the rule was created (epoch ms on the wire).
        updated_at: When the rule last changed (epoch ms on the wire).
    """

    id: str
    name: str
    rule_prompt: str
    applies_to: str
    priority: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
        "rule_prompt",
        "applies_to",
        "priority",
        "created_at",
        "updated_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        rule_prompt = self.rule_prompt

        applies_to = self.applies_to

        priority = self.priority

        created_at = epoch_ms(self.created_at)

        updated_at = epoch_ms(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "rule_prompt": rule_prompt,
                "applies_to": applies_to,
                "priority": priority,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "name"
            name = src_dict["name"]
            if type(name) is not str and not isinstance(name, str):
                raise TypeError(f"member 'name': expected str, got {type(name).__name__}")

            at = "rule_prompt"
            rule_prompt = src_dict["rule_prompt"]
            if type(rule_prompt) is not str and not isinstance(rule_prompt, str):
                raise TypeError(f"member 'rule_prompt': expected str, got {type(rule_prompt).__name__}")

            at = "applies_to"
            applies_to = src_dict["applies_to"]
            if type(applies_to) is not str and not isinstance(applies_to, str):
                raise TypeError(f"member 'applies_to': expected str, got {type(applies_to).__name__}")

            at = "priority"
            priority = src_dict["priority"]
            if type(priority) is not int and (not isinstance(priority, int) or isinstance(priority, bool)):
                raise TypeError(f"member 'priority': expected int, got {type(priority).__name__}")

            at = "created_at"
            created_at = parse_timestamp(src_dict["created_at"])

            at = "updated_at"
            updated_at = parse_timestamp(src_dict["updated_at"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        rule_data = object.__new__(cls)
        rule_data.id = id
        rule_data.name = name
        rule_data.rule_prompt = rule_prompt
        rule_data.applies_to = applies_to
        rule_data.priority = priority
        rule_data.created_at = created_at
        rule_data.updated_at = updated_at
        rule_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 7 else {}
        )
        return rule_data

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
