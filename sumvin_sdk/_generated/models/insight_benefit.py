from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="InsightBenefit")
_MEMBERS: frozenset[str] = frozenset(
    (
        "amount",
        "period",
        "label",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class InsightBenefit(Model):
    """Saving an insight promises: an amount over a period, with a label to show.

    Attributes:
        amount: Size of the saving, as a whole number.
        period: Period the saving is counted over, such as a month.
        label: Text to show for the saving.
    """

    amount: int
    period: str
    label: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "amount",
        "period",
        "label",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        amount = self.amount

        period = self.period

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "period": period,
                "label": label,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "amount"
            amount = src_dict["amount"]
            if type(amount) is not int and (not isinstance(amount, int) or isinstance(amount, bool)):
                raise TypeError(f"member 'amount': expected int, got {type(amount).__name__}")

            at = "period"
            period = src_dict["period"]
            if type(period) is not str and not isinstance(period, str):
                raise TypeError(f"member 'period': expected str, got {type(period).__name__}")

            at = "label"
            label = src_dict["label"]
            if type(label) is not str and not isinstance(label, str):
                raise TypeError(f"member 'label': expected str, got {type(label).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        insight_benefit = object.__new__(cls)
        insight_benefit.amount = amount
        insight_benefit.period = period
        insight_benefit.label = label
        insight_benefit.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 3 else {}
        )
        return insight_benefit

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
