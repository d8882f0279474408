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


T = TypeVar("T", bound="UpdateBudgetRequest")
_MEMBERS: frozenset[str] = frozenset(
    (
        "name",
        "category_name",
        "limit_amount",
        "original_request",
        "budget_type",
        "period",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class UpdateBudgetRequest(Model):
    """Body of `update_budget`, which changes a budget's name, limit, category, type or period; members left out stay as
    they are.

        Attributes:
            name: New name of the budget; omit to keep it.
            category_name: New spending category; omit to keep it.
            limit_amount: New spending limit, as a decimal string; omit to keep it.
            original_request: New wording of the user's request; omit to keep it.
            budget_type: New period kind; omit to keep it.
            period: New window of a custom budget, replacing the old one; refused for weekly, monthly and yearly budgets.
    """

    name: str | Unset | None = UNSET
    category_name: str | Unset | None = UNSET
    limit_amount: str | Unset | None = UNSET
    original_request: str | Unset | None = UNSET
    budget_type: BudgetType | Literal["weekly", "monthly", "yearly", "custom"] | Unset | None = UNSET
    period: AbsolutePeriod | RelativePeriod | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "name",
        "category_name",
        "limit_amount",
        "original_request",
        "budget_type",
        "period",
    )
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        from ..models.absolute_period import AbsolutePeriod
        from ..models.relative_period import RelativePeriod

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        category_name: str | Unset | None
        if isinstance(self.category_name, Unset):
            category_name = UNSET
        else:
            category_name = self.category_name

        limit_amount: str | Unset | None
        if isinstance(self.limit_amount, Unset):
            limit_amount = UNSET
        else:
            limit_amount = self.limit_amount

        original_request: str | Unset | None
        if isinstance(self.original_request, Unset):
            original_request = UNSET
        else:
            original_request = self.original_request

        budget_type: str | Unset | None
        if isinstance(self.budget_type, Unset):
            budget_type = UNSET
        elif isinstance(self.budget_type, BudgetType):
            budget_type = BudgetType(self.budget_type).value
        else:
            budget_type = self.budget_type

        period: dict[str, Any] | Unset | None
        if isinstance(self.period, Unset):
            period = UNSET
        elif isinstance(self.period, AbsolutePeriod) or isinstance(self.period, RelativePeriod):
            period = self.period.to_dict()
        else:
            period = self.period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if category_name is not UNSET:
            field_dict["category_name"] = category_name
        if limit_amount is not UNSET:
            field_dict["limit_amount"] = limit_amount
        if original_request is not UNSET:
            field_dict["original_request"] = original_request
        if budget_type is not UNSET:
            field_dict["budget_type"] = budget_type
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
            name = src_dict.get("name", ABSENT)
            if type(name) is not str and name is not None and name is not ABSENT and not isinstance(name, str):
                raise TypeError(f"member 'name': expected str or None or Unset, got {type(name).__name__}")

            at = "category_name"
            category_name = src_dict.get("category_name", ABSENT)
            if (
                type(category_name) is not str
                and category_name is not None
                and category_name is not ABSENT
                and not isinstance(category_name, str)
            ):
                raise TypeError(
                    f"member 'category_name': expected str or None or Unset, got {type(category_name).__name__}"
                )

            at = "limit_amount"
            limit_amount = src_dict.get("limit_amount", ABSENT)
            if (
                type(limit_amount) is not str
                and limit_amount is not None
                and limit_amount is not ABSENT
                and not isinstance(limit_amount, str)
            ):
                raise TypeError(
                    f"member 'limit_amount': expected str or None or Unset, got {type(limit_amount).__name__}"
                )

            at = "original_request"
            original_request = src_dict.get("original_request", ABSENT)
            if (
                type(original_request) is not str
                and original_request is not None
                and original_request is not ABSENT
                and not isinstance(original_request, str)
            ):
                raise TypeError(
                    f"member 'original_request': expected str or None or Unset, got {type(original_request).__name__}"
                )

            at = "budget_type"
            budget_type = src_dict.get("budget_type", ABSENT)
            if budget_type is not None and budget_type is not ABSENT:
                if not isinstance(budget_type, str):
                    raise TypeError("member 'budget_type': a value of the wrong type")
                budget_type = BudgetType.parse(budget_type)

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
        update_budget_request = object.__new__(cls)
        update_budget_request.name = name
        update_budget_request.category_name = category_name
        update_budget_request.limit_amount = limit_amount
        update_budget_request.original_request = original_request
        update_budget_request.budget_type = budget_type
        update_budget_request.period = period
        update_budget_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 0
            + (name is not ABSENT)
            + (category_name is not ABSENT)
            + (limit_amount is not ABSENT)
            + (original_request is not ABSENT)
            + (budget_type is not ABSENT)
            + (period is not ABSENT)
            else {}
        )
        return update_budget_request

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


class UpdateBudgetRequestDict(TypedDict):
    """``UpdateBudgetRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    name: NotRequired[str | None]
    category_name: NotRequired[str | None]
    limit_amount: NotRequired[str | None]
    original_request: NotRequired[str | None]
    budget_type: NotRequired[BudgetType | Literal["weekly", "monthly", "yearly", "custom"] | None]
    period: NotRequired[
        _models.AbsolutePeriodDict | _models.AbsolutePeriod | _models.RelativePeriodDict | _models.RelativePeriod | None
    ]
