from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Literal,
    NotRequired,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.budget_type import BudgetType
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.absolute_period import AbsolutePeriod
    from ..models.relative_period import RelativePeriod


T = TypeVar("T", bound="CreateBudgetRequest")
_MEMBERS: frozenset[str] = frozenset(
    (
        "name",
        "original_request",
        "category_name",
        "budget_type",
        "limit_amount",
        "currency",
        "period",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class CreateBudgetRequest(Model):
    """Body of `create_budget`, which creates a budget: a spending limit over a period, for a category or overall.

    Example:
        {'budget_type': 'custom', 'category_name': 'Travel', 'currency': 'GBP', 'limit_amount': '2000.00', 'name':
            'Sabbatical Travel', 'original_request': 'Budget £2000 for travel over the next 3 months', 'period': {'kind':
            'relative', 'length': 3, 'unit': 'months'}}

    Attributes:
        name: Name of the budget, for display.
        original_request: The user's request the budget is made from, as they wrote it.
        category_name: Spending category the budget covers.
        budget_type: How the budget's period is set: recurring or custom.
        limit_amount: Spending limit per period, as a decimal string.
        currency: Currency code (ISO 4217, such as USD).
        period: Window of a custom budget: start and end times, or a length from now; ignored for recurring budgets.
    """

    name: str
    original_request: str
    category_name: str
    budget_type: BudgetType | Literal["weekly", "monthly", "yearly", "custom"]
    limit_amount: str
    currency: str
    period: AbsolutePeriod | RelativePeriod | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "name",
        "original_request",
        "category_name",
        "budget_type",
        "limit_amount",
        "currency",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("period",)
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        from ..models.absolute_period import AbsolutePeriod
        from ..models.relative_period import RelativePeriod

        name = self.name

        original_request = self.original_request

        category_name = self.category_name

        budget_type = BudgetType(self.budget_type).value

        limit_amount = self.limit_amount

        currency = self.currency

        period: dict[str, Any] | Unset | None
        if isinstance(self.period, Unset):
            period = UNSET
        elif isinstance(self.period, AbsolutePeriod) or isinstance(self.period, RelativePeriod):
            period = self.period.to_dict()
        else:
            period = self.period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "original_request": original_request,
                "category_name": category_name,
                "budget_type": budget_type,
                "limit_amount": limit_amount,
                "currency": currency,
            }
        )
        if period is not UNSET:
            field_dict["period"] = period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            AbsolutePeriod = _models.AbsolutePeriod
            RelativePeriod = _models.RelativePeriod
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "name"
            name = src_dict["name"]
            if type(name) is not str and not isinstance(name, str):
                raise TypeError(f"member 'name': expected str, got {type(name).__name__}")

            at = "original_request"
            original_request = src_dict["original_request"]
            if type(original_request) is not str and not isinstance(original_request, str):
                raise TypeError(f"member 'original_request': expected str, got {type(original_request).__name__}")

            at = "category_name"
            category_name = src_dict["category_name"]
            if type(category_name) is not str and not isinstance(category_name, str):
                raise TypeError(f"member 'category_name': expected str, got {type(category_name).__name__}")

            at = "budget_type"
            budget_type = BudgetType.parse(src_dict["budget_type"])

            at = "limit_amount"
            limit_amount = src_dict["limit_amount"]
            if type(limit_amount) is not str and not isinstance(limit_amount, str):
                raise TypeError(f"member 'limit_amount': expected str, got {type(limit_amount).__name__}")

            at = "currency"
            currency = src_dict["currency"]
            if type(currency) is not str and not isinstance(currency, str):
                raise TypeError(f"member 'currency': expected str, got {type(currency).__name__}")

            at = "period"

            def _parse_period(data: object) -> AbsolutePeriod | RelativePeriod | Unset | None:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    period_type_0_type_0 = AbsolutePeriod.from_dict(data)

                    return period_type_0_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                period_type_0_type_1 = RelativePeriod.from_dict(data)

                return period_type_0_type_1

            period: Any = _parse_period(src_dict.get("period", ABSENT))

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        create_budget_request = object.__new__(cls)
        create_budget_request.name = name
        create_budget_request.original_request = original_request
        create_budget_request.category_name = category_name
        create_budget_request.budget_type = budget_type
        create_budget_request.limit_amount = limit_amount
        create_budget_request.currency = currency
        create_budget_request.period = period
        create_budget_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 6 + (period is not ABSENT)
            else {}
        )
        return create_budget_request

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


class CreateBudgetRequestDict(TypedDict):
    """``CreateBudgetRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    name: str
    original_request: str
    category_name: str
    budget_type: BudgetType | Literal["weekly", "monthly", "yearly", "custom"]
    limit_amount: str
    currency: str
    period: NotRequired[
        _models.AbsolutePeriodDict | _models.AbsolutePeriod | _models.RelativePeriodDict | _models.RelativePeriod | None
    ]
