from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.comparison_op import ComparisonOp
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, note_failure

T = TypeVar("T", bound="PriceTargetConditionOutput")
_MEMBERS: frozenset[str] = frozenset(
    (
        "type",
        "operator",
        "target_price",
        "currency",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class PriceTargetConditionOutput(Model):
    """Condition, as returned, comparing the lowest offer price with a target.

    Attributes:
        type_: Always `price_target`: the condition compares the lowest offer price with a target.
        operator: How the lowest offer price is compared with `target_price`.
        target_price: Price the lowest offer is compared against.
        currency: Currency code (ISO 4217, such as USD). Default: 'USD'.
    """

    type_: Literal["price_target"]
    operator: ComparisonOp
    target_price: str
    currency: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "type_",
        "operator",
        "target_price",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("currency",)

    def _json_dict(self) -> dict[str, Any]:
        type_ = self.type_

        operator = ComparisonOp(self.operator).value

        target_price = self.target_price

        _currency = UNSET if self.currency is None else self.currency
        currency = _currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "operator": operator,
                "target_price": target_price,
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
            type_ = cast(Literal["price_target"], src_dict["type"])
            if type_ != "price_target":
                raise ValueError(f"type must match const 'price_target', got '{type_}'")

            at = "operator"
            operator = ComparisonOp.parse(src_dict["operator"])

            at = "target_price"
            target_price = src_dict["target_price"]
            if type(target_price) is not str and not isinstance(target_price, str):
                raise TypeError(f"member 'target_price': expected str, got {type(target_price).__name__}")

            currency = src_dict.get("currency", ABSENT)
            if type(currency) is not str and currency is not ABSENT and not isinstance(currency, str):
                raise TypeError(f"member 'currency': expected str or Unset, got {type(currency).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        price_target_condition_output = object.__new__(cls)
        price_target_condition_output.type_ = type_
        price_target_condition_output.operator = operator
        price_target_condition_output.target_price = target_price
        price_target_condition_output.currency = None if currency is ABSENT else currency
        price_target_condition_output.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 3 + (currency is not ABSENT)
            else {}
        )
        return price_target_condition_output

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
