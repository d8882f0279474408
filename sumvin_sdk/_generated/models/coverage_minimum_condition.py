from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Literal,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="CoverageMinimumCondition")
_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "min_coverage_pct",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class CoverageMinimumCondition(Model):
    """Condition that holds when the cover is at least a given percentage.

    Attributes:
        type_: Always `coverage_minimum`: the condition holds when the cover is large enough.
        min_coverage_pct: Least coverage needed, as a percentage from 0 to 100.
    """

    type_: Literal["coverage_minimum"]
    min_coverage_pct: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "type_",
        "min_coverage_pct",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        type_ = self.type_

        min_coverage_pct = self.min_coverage_pct

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "min_coverage_pct": min_coverage_pct,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "type"
            type_ = cast(Literal["coverage_minimum"], src_dict["type"])
            if type_ != "coverage_minimum":
                raise ValueError(f"type must match const 'coverage_minimum', got '{type_}'")

            at = "min_coverage_pct"
            min_coverage_pct = src_dict["min_coverage_pct"]
            if (
                not isinstance(min_coverage_pct, (int, float))
                or isinstance(min_coverage_pct, bool)
                or (isinstance(min_coverage_pct, float) and not float("-inf") < min_coverage_pct < float("inf"))
            ):
                raise TypeError(f"member 'min_coverage_pct': expected float, got {type(min_coverage_pct).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        coverage_minimum_condition = object.__new__(cls)
        coverage_minimum_condition.type_ = type_
        coverage_minimum_condition.min_coverage_pct = min_coverage_pct
        coverage_minimum_condition.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return coverage_minimum_condition

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


class CoverageMinimumConditionDict(TypedDict):
    """``CoverageMinimumCondition`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    type: Literal["coverage_minimum"]
    min_coverage_pct: float
