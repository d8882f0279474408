from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.cashflow_summary import CashflowSummary
    from ..models.category_breakdown import CategoryBreakdown
    from ..models.date_range import DateRange


T = TypeVar("T", bound="TransactionMeta")
_MEMBERS: frozenset[str] = frozenset(
    (
        "transaction_count",
        "cashflow",
        "categories",
        "date_range",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class TransactionMeta(Model):
    """Totals over a transaction list: count, date range, cash flow and categories.

    Attributes:
        transaction_count: How many transactions the whole result holds, across pages.
        cashflow: Money in, money out and the net over the result.
        categories: Spending by category, largest total first.
        date_range: Earliest and latest transaction times in the result; null for an empty result.
    """

    transaction_count: int
    cashflow: CashflowSummary
    categories: list[CategoryBreakdown]
    date_range: DateRange | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "transaction_count",
        "cashflow",
        "categories",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("date_range",)

    def _json_dict(self) -> dict[str, Any]:
        from ..models.date_range import DateRange

        transaction_count = self.transaction_count

        cashflow = self.cashflow.to_dict()

        categories = []
        for categories_item_data in self.categories:
            categories_item = categories_item_data.to_dict()
            categories.append(categories_item)

        _date_range = UNSET if self.date_range is None and not self._nulls & 1 else self.date_range
        date_range: dict[str, Any] | Unset | None
        if isinstance(_date_range, Unset):
            date_range = UNSET
        elif isinstance(_date_range, DateRange):
            date_range = _date_range.to_dict()
        else:
            date_range = _date_range

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction_count": transaction_count,
                "cashflow": cashflow,
                "categories": categories,
            }
        )
        if date_range is not UNSET:
            field_dict["date_range"] = date_range

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            CashflowSummary = _models.CashflowSummary
            CategoryBreakdown = _models.CategoryBreakdown
            DateRange = _models.DateRange
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "transaction_count"
            transaction_count = src_dict["transaction_count"]
            if type(transaction_count) is not int and (
                not isinstance(transaction_count, int) or isinstance(transaction_count, bool)
            ):
                raise TypeError(f"member 'transaction_count': expected int, got {type(transaction_count).__name__}")

            at = "cashflow"
            cashflow = CashflowSummary.from_dict(src_dict["cashflow"])

            at = "categories"
            _categories = src_dict["categories"]
            if not isinstance(_categories, list):
                raise TypeError(f"member 'categories': expected a list, got {type(_categories).__name__}")

            categories = [CategoryBreakdown.from_dict(categories_item_data) for categories_item_data in _categories]

            at = "date_range"
            date_range = src_dict.get("date_range", ABSENT)
            if date_range is not None and date_range is not ABSENT:
                if not isinstance(date_range, dict):
                    raise TypeError("member 'date_range': a value of the wrong type")
                date_range = DateRange.from_dict(date_range)

            if date_range is None:
                nulls |= 1

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        transaction_meta = object.__new__(cls)
        transaction_meta.transaction_count = transaction_count
        transaction_meta.cashflow = cashflow
        transaction_meta.categories = categories
        transaction_meta.date_range = None if date_range is ABSENT else date_range
        transaction_meta._nulls = nulls
        transaction_meta.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 3 + (date_range is not ABSENT)
            else {}
        )
        return transaction_meta

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
