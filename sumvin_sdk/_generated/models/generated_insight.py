from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

T = TypeVar("T", bound="GeneratedInsight")
_MEMBERS: frozenset[str] = frozenset(
    (
        "insight",
        "call_to_action",
        "title",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class GeneratedInsight(Model):
    """Content of an insight the system wrote: its text, title and suggested next step.

    Attributes:
        insight: The insight text.
        call_to_action: Suggested next step for the user; null when none.
        title: Short title for the insight; null when it has none.
    """

    insight: str
    call_to_action: str | None = None
    title: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("insight",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "call_to_action",
        "title",
    )

    def _json_dict(self) -> dict[str, Any]:
        insight = self.insight

        _call_to_action = UNSET if self.call_to_action is None and not self._nulls & 1 else self.call_to_action
        call_to_action: str | Unset | None
        if isinstance(_call_to_action, Unset):
            call_to_action = UNSET
        else:
            call_to_action = _call_to_action

        _title = UNSET if self.title is None and not self._nulls & 2 else self.title
        title: str | Unset | None
        if isinstance(_title, Unset):
            title = UNSET
        else:
            title = _title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "insight": insight,
            }
        )
        if call_to_action is not UNSET:
            field_dict["call_to_action"] = call_to_action
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "insight"
            insight = src_dict["insight"]
            if type(insight) is not str and not isinstance(insight, str):
                raise TypeError(f"member 'insight': expected str, got {type(insight).__name__}")

            at = "call_to_action"
            call_to_action = src_dict.get("call_to_action", ABSENT)
            if (
                type(call_to_action) is not str
                and call_to_action is not None
                and call_to_action is not ABSENT
                and not isinstance(call_to_action, str)
            ):
                raise TypeError(
                    f"member 'call_to_action': expected str or None or Unset, got {type(call_to_action).__name__}"
                )

            if call_to_action is None:
                nulls |= 1

            at = "title"
            title = src_dict.get("title", ABSENT)
            if type(title) is not str and title is not None and title is not ABSENT and not isinstance(title, str):
                raise TypeError(f"member 'title': expected str or None or Unset, got {type(title).__name__}")

            if title is None:
                nulls |= 2

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        generated_insight = object.__new__(cls)
        generated_insight.insight = insight
        generated_insight.call_to_action = None if call_to_action is ABSENT else call_to_action
        generated_insight.title = None if title is ABSENT else title
        generated_insight._nulls = nulls
        generated_insight.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 1 + (call_to_action is not ABSENT) + (title is not ABSENT)
            else {}
        )
        return generated_insight

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
