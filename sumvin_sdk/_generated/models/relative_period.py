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

from ..models.period_unit import PeriodUnit
from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="RelativePeriod")
_MEMBERS: frozenset[str] = frozenset(
    (
        "kind",
        "length",
        "unit",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class RelativePeriod(Model):
    """A budget window given as a length from when the budget is made.

    Attributes:
        kind: Always `relative`: the period is a length from when the budget is made.
        length: How many units the period lasts (1 to 3,660).
        unit: Unit of time `length` counts.
    """

    kind: Literal["relative"]
    length: int
    unit: PeriodUnit | Literal["days", "weeks", "months", "years"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "kind",
        "length",
        "unit",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        kind = self.kind

        length = self.length

        unit = PeriodUnit(self.unit).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "length": length,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "kind"
            kind = cast(Literal["relative"], src_dict["kind"])
            if kind != "relative":
                raise ValueError(f"kind must match const 'relative', got '{kind}'")

            at = "length"
            length = src_dict["length"]
            if type(length) is not int and (not isinstance(length, int) or isinstance(length, bool)):
                raise TypeError(f"member 'length': expected int, got {type(length).__name__}")

            at = "unit"
            unit = PeriodUnit.parse(src_dict["unit"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        relative_period = object.__new__(cls)
        relative_period.kind = kind
        relative_period.length = length
        relative_period.unit = unit
        relative_period.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 3 else {}
        )
        return relative_period

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


class RelativePeriodDict(TypedDict):
    """``RelativePeriod`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    kind: Literal["relative"]
    length: int
    unit: PeriodUnit | Literal["days", "weeks", "months", "years"]
