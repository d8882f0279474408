from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Literal,
    NotRequired,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

T = TypeVar("T", bound="TimeWindowCondition")
_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "not_before",
        "not_after",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class TimeWindowCondition(Model):
    """Condition that holds between two times.

    Attributes:
        type_: Always `time_window`: the condition holds between two times.
        not_before: Earliest time the purchase may go ahead, in epoch milliseconds; null for no lower bound.
        not_after: Latest time the purchase may go ahead, in epoch milliseconds; null for no upper bound.
    """

    type_: Literal["time_window"]
    not_before: int | None = None
    not_after: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("type_",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "not_before",
        "not_after",
    )

    def _json_dict(self) -> dict[str, Any]:
        type_ = self.type_

        _not_before = UNSET if self.not_before is None and not self._nulls & 1 else self.not_before
        not_before: int | Unset | None
        if isinstance(_not_before, Unset):
            not_before = UNSET
        else:
            not_before = _not_before

        _not_after = UNSET if self.not_after is None and not self._nulls & 2 else self.not_after
        not_after: int | Unset | None
        if isinstance(_not_after, Unset):
            not_after = UNSET
        else:
            not_after = _not_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if not_before is not UNSET:
            field_dict["not_before"] = not_before
        if not_after is not UNSET:
            field_dict["not_after"] = not_after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "type"
            type_ = cast(Literal["time_window"], src_dict["type"])
            if type_ != "time_window":
                raise ValueError(f"type must match const 'time_window', got '{type_}'")

            at = "not_before"
            not_before = src_dict.get("not_before", ABSENT)
            if (
                type(not_before) is not int
                and not_before is not None
                and not_before is not ABSENT
                and (not isinstance(not_before, int) or isinstance(not_before, bool))
            ):
                raise TypeError(f"member 'not_before': expected int or None or Unset, got {type(not_before).__name__}")

            if not_before is None:
                nulls |= 1

            at = "not_after"
            not_after = src_dict.get("not_after", ABSENT)
            if (
                type(not_after) is not int
                and not_after is not None
                and not_after is not ABSENT
                and (not isinstance(not_after, int) or isinstance(not_after, bool))
            ):
                raise TypeError(f"member 'not_after': expected int or None or Unset, got {type(not_after).__name__}")

            if not_after is None:
                nulls |= 2

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        time_window_condition = object.__new__(cls)
        time_window_condition.type_ = type_
        time_window_condition.not_before = None if not_before is ABSENT else not_before
        time_window_condition.not_after = None if not_after is ABSENT else not_after
        time_window_condition._nulls = nulls
        time_window_condition.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 1 + (not_before is not ABSENT) + (not_after is not ABSENT)
            else {}
        )
        return time_window_condition

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


class TimeWindowConditionDict(TypedDict):
    """``TimeWindowCondition`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    type: Literal["time_window"]
    not_before: NotRequired[int | None]
    not_after: NotRequired[int | None]
