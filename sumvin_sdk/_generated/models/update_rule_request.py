from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    NotRequired,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

T = TypeVar("T", bound="UpdateRuleRequest")
_MEMBERS: frozenset[str] = frozenset(
    (
        "name",
        "rule_prompt",
        "applies_to",
        "priority",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class UpdateRuleRequest(Model):
    """Body of `update_rule`, which changes a rule's name, text, target or priority; members left out stay as they are.

    Attributes:
        name: New name of the rule; omit to keep it.
        rule_prompt: New wording of the rule; omit to keep it.
        applies_to: New target of the rule (`all` or a strategy id); omit to keep it.
        priority: New rank, from 0 to 1000; omit to keep it.
    """

    name: str | Unset | None = UNSET
    rule_prompt: str | Unset | None = UNSET
    applies_to: str | Unset | None = UNSET
    priority: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "name",
        "rule_prompt",
        "applies_to",
        "priority",
    )
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        rule_prompt: str | Unset | None
        if isinstance(self.rule_prompt, Unset):
            rule_prompt = UNSET
        else:
            rule_prompt = self.rule_prompt

        applies_to: str | Unset | None
        if isinstance(self.applies_to, Unset):
            applies_to = UNSET
        else:
            applies_to = self.applies_to

        priority: int | Unset | None
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if rule_prompt is not UNSET:
            field_dict["rule_prompt"] = rule_prompt
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
            name = src_dict.get("name", ABSENT)
            if type(name) is not str and name is not None and name is not ABSENT and not isinstance(name, str):
                raise TypeError(f"member 'name': expected str or None or Unset, got {type(name).__name__}")

            at = "rule_prompt"
            rule_prompt = src_dict.get("rule_prompt", ABSENT)
            if (
                type(rule_prompt) is not str
                and rule_prompt is not None
                and rule_prompt is not ABSENT
                and not isinstance(rule_prompt, str)
            ):
                raise TypeError(
                    f"member 'rule_prompt': expected str or None or Unset, got {type(rule_prompt).__name__}"
                )

            at = "applies_to"
            applies_to = src_dict.get("applies_to", ABSENT)
            if (
                type(applies_to) is not str
                and applies_to is not None
                and applies_to is not ABSENT
                and not isinstance(applies_to, str)
            ):
                raise TypeError(f"member 'applies_to': expected str or None or Unset, got {type(applies_to).__name__}")

            at = "priority"
            priority = src_dict.get("priority", ABSENT)
            if (
                type(priority) is not int
                and priority is not None
                and priority is not ABSENT
                and (not isinstance(priority, int) or isinstance(priority, bool))
            ):
                raise TypeError(f"member 'priority': expected int or None or Unset, got {type(priority).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        update_rule_request = object.__new__(cls)
        update_rule_request.name = name
        update_rule_request.rule_prompt = rule_prompt
        update_rule_request.applies_to = applies_to
        update_rule_request.priority = priority
        update_rule_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 0
            + (name is not ABSENT)
            + (rule_prompt is not ABSENT)
            + (applies_to is not ABSENT)
            + (priority is not ABSENT)
            else {}
        )
        return update_rule_request

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


class UpdateRuleRequestDict(TypedDict):
    """``UpdateRuleRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    name: NotRequired[str | None]
    rule_prompt: NotRequired[str | None]
    applies_to: NotRequired[str | None]
    priority: NotRequired[int | None]
