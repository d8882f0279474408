from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="CategoryBreakdown")
_MEMBERS: frozenset[str] = frozenset(
    (
        "category",
        "total_amount",
        "percentage_of_total",
        "transaction_count",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class CategoryBreakdown(Model):
    """Spending in one category: total, share and number of transactions.

    Attributes:
        category: Name of the spending category.
        total_amount: Total spent in the category, as a decimal string.
        percentage_of_total: Share of total spending in this category, from 0 to 100, as a decimal string.
        transaction_count: How many transactions fall in the category.
    """

    category: str
    total_amount: str
    percentage_of_total: str
    transaction_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "category",
        "total_amount",
        "percentage_of_total",
        "transaction_count",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        category = self.category

        total_amount = self.total_amount

        percentage_of_total = self.percentage_of_total

        transaction_count = self.transaction_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "total_amount": total_amount,
                "percentage_of_total": percentage_of_total,
                "transaction_count": transaction_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "category"
            category = src_dict["category"]
            if type(category) is not str and not isinstance(category, str):
                raise TypeError(f"member 'category': expected str, got {type(category).__name__}")

            at = "total_amount"
            total_amount = src_dict["total_amount"]
            if type(total_amount) is not str and not isinstance(total_amount, str):
                raise TypeError(f"member 'total_amount': expected str, got {type(total_amount).__name__}")

            at = "percentage_of_total"
            percentage_of_total = src_dict["percentage_of_total"]
            if type(percentage_of_total) is not str and not isinstance(percentage_of_total, str):
                raise TypeError(f"member 'percentage_of_total': expected str, got {type(percentage_of_total).__name__}")

            at = "transaction_count"
            transaction_count = src_dict["transaction_count"]
            if type(transaction_count) is not int and (
                not isinstance(transaction_count, int) or isinstance(transaction_count, bool)
            ):
                raise TypeError(f"member 'transaction_count': expected int, got {type(transaction_count).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        category_breakdown = object.__new__(cls)
        category_breakdown.category = category
        category_breakdown.total_amount = total_amount
        category_breakdown.percentage_of_total = percentage_of_total
        category_breakdown.transaction_count = transaction_count
        category_breakdown.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 4 else {}
        )
        return category_breakdown

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
