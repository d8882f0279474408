from __future__ import annotations

import datetime
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

from ..types import PARSE_ERRORS, Model, epoch_ms, note_failure, parse_timestamp

T = TypeVar("T", bound="AbsolutePeriod")
_MEMBERS: frozenset[str] = frozenset(
    (
        "kind",
        "period_start",
        "period_end",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class AbsolutePeriod(Model):
    """A budget window given by explicit start and end times.

    Attributes:
        kind: Always `absolute`: the period is given by explicit start and end times.
        period_start: First moment the budget counts spending in (epoch ms on the wire).
        period_end: Last moment the budget counts spending in (epoch ms on the wire).
    """

    kind: Literal["absolute"]
    period_start: datetime.datetime
    period_end: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "kind",
        "period_start",
        "period_end",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        kind = self.kind

        period_start = epoch_ms(self.period_start)

        period_end = epoch_ms(self.period_end)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "period_start": period_start,
                "period_end": period_end,
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
            kind = cast(Literal["absolute"], src_dict["kind"])
            if kind != "absolute":
                raise ValueError(f"kind must match const 'absolute', got '{kind}'")

            at = "period_start"
            period_start = parse_timestamp(src_dict["period_start"])

            at = "period_end"
            period_end = parse_timestamp(src_dict["period_end"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        absolute_period = object.__new__(cls)
        absolute_period.kind = kind
        absolute_period.period_start = period_start
        absolute_period.period_end = period_end
        absolute_period.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 3 else {}
        )
        return absolute_period

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


class AbsolutePeriodDict(TypedDict):
    """``AbsolutePeriod`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    kind: Literal["absolute"]
    period_start: int | str
    period_end: int | str
