from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, epoch_ms, note_failure, parse_timestamp

T = TypeVar("T", bound="BudgetTransactionData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "transaction_id",
        "amount",
        "amount_in_budget_currency",
        "timestamp",
        "running_total",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class BudgetTransactionData(Model):
    """A transaction counted against a budget, with the running total after it.

    Attributes:
        transaction_id: Id of the settled transaction behind the spend; null until it settles.
        amount: Amount of the transaction in its own currency, as a decimal string; null when unknown.
        amount_in_budget_currency: Amount converted to the budget's currency, as a decimal string; null when it could
            not be converted.
        timestamp: When the budget transaction happened (epoch ms on the wire).
        running_total: Total spent in the period up to and including this transaction, as a decimal string; null when
            unknown.
    """

    transaction_id: str
    amount: str | None
    amount_in_budget_currency: str | None
    timestamp: datetime.datetime | None
    running_total: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "transaction_id",
        "amount",
        "amount_in_budget_currency",
        "timestamp",
        "running_total",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        transaction_id = self.transaction_id

        amount: str | None
        amount = self.amount

        amount_in_budget_currency: str | None
        amount_in_budget_currency = self.amount_in_budget_currency

        timestamp: int | None
        if isinstance(self.timestamp, datetime.datetime):
            timestamp = epoch_ms(self.timestamp)
        else:
            timestamp = self.timestamp

        running_total: str | None
        running_total = self.running_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction_id": transaction_id,
                "amount": amount,
                "amount_in_budget_currency": amount_in_budget_currency,
                "timestamp": timestamp,
                "running_total": running_total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "transaction_id"
            transaction_id = src_dict["transaction_id"]
            if type(transaction_id) is not str and not isinstance(transaction_id, str):
                raise TypeError(f"member 'transaction_id': expected str, got {type(transaction_id).__name__}")

            at = "amount"
            amount = src_dict["amount"]
            if type(amount) is not str and amount is not None and not isinstance(amount, str):
                raise TypeError(f"member 'amount': expected str or None, got {type(amount).__name__}")

            at = "amount_in_budget_currency"
            amount_in_budget_currency = src_dict["amount_in_budget_currency"]
            if (
                type(amount_in_budget_currency) is not str
                and amount_in_budget_currency is not None
                and not isinstance(amount_in_budget_currency, str)
            ):
                raise TypeError(
                    f"member 'amount_in_budget_currency': expected str or None, got {type(amount_in_budget_currency).__name__}"
                )

            at = "timestamp"
            timestamp = src_dict["timestamp"]
            if timestamp is not None:
                if not isinstance(timestamp, int | float | str):
                    raise TypeError("member 'timestamp': a value of the wrong type")
                timestamp = parse_timestamp(timestamp)

            at = "running_total"
            running_total = src_dict["running_total"]
            if type(running_total) is not str and running_total is not None and not isinstance(running_total, str):
                raise TypeError(f"member 'running_total': expected str or None, got {type(running_total).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        budget_transaction_data = object.__new__(cls)
        budget_transaction_data.transaction_id = transaction_id
        budget_transaction_data.amount = amount
        budget_transaction_data.amount_in_budget_currency = amount_in_budget_currency
        budget_transaction_data.timestamp = timestamp
        budget_transaction_data.running_total = running_total
        budget_transaction_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 5 else {}
        )
        return budget_transaction_data

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
