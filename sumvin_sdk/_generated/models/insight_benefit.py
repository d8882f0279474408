from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

T = TypeVar("T", bound="InsightBenefit")


@_attrs_define(repr=False)
class InsightBenefit(Model):
    """An insight benefit, as part of `AIInsightPayload`.

    Attributes:
        amount: Amount, in units of the currency or asset.
        period: Period of the insight benefit.
        label: Label of the insight benefit.
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
        d = dict(src_dict)
        amount = d.pop("amount")
        if not isinstance(amount, int) or isinstance(amount, bool):
            raise TypeError(f"member 'amount': expected int, got {type(amount).__name__}")

        period = d.pop("period")
        if not isinstance(period, str):
            raise TypeError(f"member 'period': expected str, got {type(period).__name__}")

        label = d.pop("label")
        if not isinstance(label, str):
            raise TypeError(f"member 'label': expected str, got {type(label).__name__}")

        insight_benefit = cls(
            amount=amount,
            period=period,
            label=label,
        )

        insight_benefit.additional_properties = d
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
