from __future__ import annotations

import datetime
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
from ..models.budget_type import BudgetType
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, epoch_ms, note_failure, parse_timestamp

if TYPE_CHECKING:
    from ..models.budget_transaction_data import BudgetTransactionData


T = TypeVar("T", bound="BudgetData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "original_request",
        "category_name",
        "budget_type",
        "limit_amount",
        "currency",
        "spent",
        "remaining",
        "daily_avg",
        "period_start",
        "period_end",
        "created_at",
        "updated_at",
        "transactions",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class BudgetData(Model):
    """A budget: its limit, period, spending so far and, when asked for, its transactions.

    Attributes:
        id: Unique id of the budget.
        name: Name of the budget as shown to users.
        original_request: The user's request the budget was made from, as they wrote it.
        category_name: Spending category the budget covers.
        budget_type: How the budget's period is set: recurring or custom.
        limit_amount: Spending limit for the period, as a decimal string.
        currency: Currency code (ISO 4217, such as USD).
        spent: Amount spent so far this period, as a decimal string.
        remaining: Amount left before the limit, as a decimal string (negative when overspent).
        daily_avg: Average spent per day so far this period, as a decimal string.
        period_start: Start of the current period (epoch ms on the wire).
        period_end: End of the current period (epoch ms on the wire).
        created_at: When the budget was created (epoch ms on the wire).
        updated_at: When the budget last changed (epoch ms on the wire).
        transactions: Transactions counted against the budget; null unless asked for.
    """

    id: str
    name: str
    original_request: str
    category_name: str
    budget_type: BudgetType
    limit_amount: str
    currency: str
    spent: str
    remaining: str
    daily_avg: str
    period_start: datetime.datetime
    period_end: datetime.datetime
    created_at: datetime.datetime
    updated_at: datetime.datetime
    transactions: list[BudgetTransactionData] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
        "original_request",
        "category_name",
        "budget_type",
        "limit_amount",
        "currency",
        "spent",
        "remaining",
        "daily_avg",
        "period_start",
        "period_end",
        "created_at",
        "updated_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("transactions",)

    def _json_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        original_request = self.original_request

        category_name = self.category_name

        budget_type = BudgetType(self.budget_type).value

        limit_amount = self.limit_amount

        currency = self.currency

        spent = self.spent

        remaining = self.remaining

        daily_avg = self.daily_avg

        period_start = epoch_ms(self.period_start)

        period_end = epoch_ms(self.period_end)

        created_at = epoch_ms(self.created_at)

        updated_at = epoch_ms(self.updated_at)

        _transactions = UNSET if self.transactions is None and not self._nulls & 1 else self.transactions
        transactions: list[dict[str, Any]] | Unset | None
        if isinstance(_transactions, Unset):
            transactions = UNSET
        elif isinstance(_transactions, list):
            transactions = []
            for transactions_type_0_item_data in _transactions:
                transactions_type_0_item = transactions_type_0_item_data.to_dict()
                transactions.append(transactions_type_0_item)

        else:
            transactions = _transactions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "original_request": original_request,
                "category_name": category_name,
                "budget_type": budget_type,
                "limit_amount": limit_amount,
                "currency": currency,
                "spent": spent,
                "remaining": remaining,
                "daily_avg": daily_avg,
                "period_start": period_start,
                "period_end": period_end,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if transactions is not UNSET:
            field_dict["transactions"] = transactions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            BudgetTransactionData = _models.BudgetTransactionData
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

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

            at = "spent"
            spent = src_dict["spent"]
            if type(spent) is not str and not isinstance(spent, str):
                raise TypeError(f"member 'spent': expected str, got {type(spent).__name__}")

            at = "remaining"
            remaining = src_dict["remaining"]
            if type(remaining) is not str and not isinstance(remaining, str):
                raise TypeError(f"member 'remaining': expected str, got {type(remaining).__name__}")

            at = "daily_avg"
            daily_avg = src_dict["daily_avg"]
            if type(daily_avg) is not str and not isinstance(daily_avg, str):
                raise TypeError(f"member 'daily_avg': expected str, got {type(daily_avg).__name__}")

            at = "period_start"
            period_start = parse_timestamp(src_dict["period_start"])

            at = "period_end"
            period_end = parse_timestamp(src_dict["period_end"])

            at = "created_at"
            created_at = parse_timestamp(src_dict["created_at"])

            at = "updated_at"
            updated_at = parse_timestamp(src_dict["updated_at"])

            at = "transactions"
            transactions = src_dict.get("transactions", ABSENT)
            if transactions is not None and transactions is not ABSENT:
                if not isinstance(transactions, list):
                    raise TypeError("member 'transactions': a value of the wrong type")
                _transactions_type_0 = transactions
                transactions_type_0 = [
                    BudgetTransactionData.from_dict(transactions_type_0_item_data)
                    for transactions_type_0_item_data in _transactions_type_0
                ]

                transactions = transactions_type_0

            if transactions is None:
                nulls |= 1

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        budget_data = object.__new__(cls)
        budget_data.id = id
        budget_data.name = name
        budget_data.original_request = original_request
        budget_data.category_name = category_name
        budget_data.budget_type = budget_type
        budget_data.limit_amount = limit_amount
        budget_data.currency = currency
        budget_data.spent = spent
        budget_data.remaining = remaining
        budget_data.daily_avg = daily_avg
        budget_data.period_start = period_start
        budget_data.period_end = period_end
        budget_data.created_at = created_at
        budget_data.updated_at = updated_at
        budget_data.transactions = None if transactions is ABSENT else transactions
        budget_data._nulls = nulls
        budget_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 14 + (transactions is not ABSENT)
            else {}
        )
        return budget_data

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
