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

T = TypeVar("T", bound="BudgetCapConditionInput")
_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "max_total",
        "currency",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class BudgetCapConditionInput(Model):
    """Condition, as sent, capping the basket total.

    Attributes:
        type_: Always `budget_cap`: the condition caps the basket total.
        max_total: Highest basket total, as a decimal, that still lets the purchase go ahead.
        currency: Currency code (ISO 4217, such as USD). Default: 'USD'.
    """

    type_: Literal["budget_cap"]
    max_total: float | str
    currency: str | Unset = "USD"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "type_",
        "max_total",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("currency",)
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        type_ = self.type_

        max_total: float | str
        max_total = self.max_total

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "max_total": max_total,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "type"
            type_ = cast(Literal["budget_cap"], src_dict["type"])
            if type_ != "budget_cap":
                raise ValueError(f"type must match const 'budget_cap', got '{type_}'")

            at = "max_total"
            max_total = src_dict["max_total"]
            if (
                not isinstance(max_total, ((int, float), str))
                or isinstance(max_total, bool)
                or (isinstance(max_total, float) and not float("-inf") < max_total < float("inf"))
            ):
                raise TypeError(f"member 'max_total': expected float or str, got {type(max_total).__name__}")

            currency = src_dict.get("currency", ABSENT)
            if type(currency) is not str and currency is not ABSENT and not isinstance(currency, str):
                raise TypeError(f"member 'currency': expected str or Unset, got {type(currency).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        budget_cap_condition_input = object.__new__(cls)
        budget_cap_condition_input.type_ = type_
        budget_cap_condition_input.max_total = max_total
        budget_cap_condition_input.currency = currency
        budget_cap_condition_input.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 2 + (currency is not ABSENT)
            else {}
        )
        return budget_cap_condition_input

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


class BudgetCapConditionInputDict(TypedDict):
    """``BudgetCapConditionInput`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    type: Literal["budget_cap"]
    max_total: float | str
    currency: NotRequired[str]
