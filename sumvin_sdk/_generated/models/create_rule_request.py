from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, NotRequired, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

T = TypeVar("T", bound="CreateRuleRequest")
_MEMBERS: frozenset[str] = frozenset(
    (
        "name",
        "rule_prompt",
        "applies_to",
        "priority",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class CreateRuleRequest(Model):
    """Body of `create_rule`, which creates an agent rule from plain-language text, for all strategies or for one.

    Attributes:
        name: Name of the rule, for display.
        rule_prompt: The rule in the user's words.
        applies_to: What the rule applies to: `all`, or a strategy id. Default: 'all'.
        priority: Rank among the user's rules, from 0 to 1000 (0 by default). Default: 0.
    """

    name: str
    rule_prompt: str
    applies_to: str | Unset = "all"
    priority: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "name",
        "rule_prompt",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "applies_to",
        "priority",
    )
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        name = self.name

        rule_prompt = self.rule_prompt

        applies_to = self.applies_to

        priority = self.priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "rule_prompt": rule_prompt,
            }
        )
        if applies_to is not UNSET:
            field_dict["applies_to"] = applies_to
        if priority is not UNSET:
            field_dict["priority"] = priority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "name"
            name = src_dict["name"]
            if type(name) is not str and not isinstance(name, str):
                raise TypeError(f"member 'name': expected str, got {type(name).__name__}")

            at = "rule_prompt"
            rule_prompt = src_dict["rule_prompt"]
            if type(rule_prompt) is not str and not isinstance(rule_prompt, str):
                raise TypeError(f"member 'rule_prompt': expected str, got {type(rule_prompt).__name__}")

            applies_to = src_dict.get("applies_to", ABSENT)
            if type(applies_to) is not str and applies_to is not ABSENT and not isinstance(applies_to, str):
                raise TypeError(f"member 'applies_to': expected str or Unset, got {type(applies_to).__name__}")

            priority = src_dict.get("priority", ABSENT)
            if (
                type(priority) is not int
                and priority is not ABSENT
                and (not isinstance(priority, int) or isinstance(priority, bool))
            ):
                raise TypeError(f"member 'priority': expected int or Unset, got {type(priority).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        create_rule_request = object.__new__(cls)
        create_rule_request.name = name
        create_rule_request.rule_prompt = rule_prompt
        create_rule_request.applies_to = applies_to
        create_rule_request.priority = priority
        create_rule_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 2 + (applies_to is not ABSENT) + (priority is not ABSENT)
            else {}
        )
        return create_rule_request

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


class CreateRuleRequestDict(TypedDict):
    """``CreateRuleRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    name: str
    rule_prompt: str
    applies_to: NotRequired[str]
    priority: NotRequired[int]
