"""Money: transactions (get, and lists filtered by direction, type, status, source, categories, merchant,
amounts, dates, wallet, card or account), bank accounts and budgets.

Each filter is a function of the record and the query's text, called for every record a list considers."""

from __future__ import annotations

import datetime
import functools
from typing import Any

from sumvin_sdk.testing._call import Handler
from sumvin_sdk.testing._handlers.collections import Collection, self_link

JSON = dict[str, Any]
_DAY_MS = 86_400_000


def _merchant_named(record: JSON, wanted: str) -> bool:
    """``merchant_name``: the merchant's name holds the text, in any case."""
    return wanted.lower() in str(record.get("merchant_name") or "").lower()


def _in_category(record: JSON, wanted: str) -> bool:
    """``category``: one of the comma-separated categories, in any case (a transaction without one matches none)."""
    category = record.get("category")
    return category is not None and str(category).lower() in {c.strip().lower() for c in wanted.split(",")}


def _amounts(record: JSON, wanted: str) -> tuple[float, float] | None:
    """The record's amount and the bound, as numbers; ``None`` if either is not one (the record is left out)."""
    try:
        return float(record["amount"]), float(wanted)
    except (KeyError, ValueError):
        return None


def _amount_min(record: JSON, wanted: str) -> bool:
    """``amount_min``: at least the bound."""
    amounts = _amounts(record, wanted)
    return amounts is not None and amounts[0] >= amounts[1]


def _amount_max(record: JSON, wanted: str) -> bool:
    """``amount_max``: at most the bound."""
    amounts = _amounts(record, wanted)
    return amounts is not None and amounts[0] <= amounts[1]


def _day_bound(wanted: str) -> float | None:
    """``from_date``/``to_date`` in epoch milliseconds: given so, or the start of a ``YYYY-MM-DD`` day in UTC;
    ``None`` when it is neither, and the bound is then not applied."""
    if wanted.isdigit():
        return float(wanted)
    try:
        day = datetime.date.fromisoformat(wanted)
    except ValueError:
        return None
    return datetime.datetime.combine(day, datetime.time(), datetime.UTC).timestamp() * 1000


def _from_date(record: JSON, wanted: str) -> bool:
    """``from_date``: made at or after the bound."""
    bound = _day_bound(wanted)
    return bound is None or float(record["created_at"]) >= bound


def _to_date(record: JSON, wanted: str) -> bool:
    """``to_date``: made at or before the bound; a date takes in the whole of that day."""
    bound = _day_bound(wanted)
    if bound is None:
        return True
    last = bound if wanted.isdigit() else bound + _DAY_MS - 1
    return float(record["created_at"]) <= last


def _linked(member: str, record: JSON, wanted: str) -> bool:
    """``wallet_id``/``card_id``/``account_id``: the record's linked ``member`` has that id."""
    linked = record.get(member)
    return isinstance(linked, dict) and linked.get("id") == wanted


TRANSACTIONS = Collection(
    "transactions",
    "TransactionData",
    "transaction_id",
    "txn",
    "TXN-404-001",
    filters={
        "merchant_name": _merchant_named,
        "category": _in_category,
        "amount_min": _amount_min,
        "amount_max": _amount_max,
        "from_date": _from_date,
        "to_date": _to_date,
        "wallet_id": functools.partial(_linked, "wallet"),
        "card_id": functools.partial(_linked, "card"),
        "account_id": functools.partial(_linked, "account"),
    },
    links=self_link("/v0/transactions"),
)
ACCOUNTS = Collection("accounts", "AccountData", "account_id", "acc", "ACC-404-001", links=self_link("/v0/accounts"))
BUDGETS = Collection("budgets", "BudgetData", "budget_id", "bud", "BUD-404-001", links=self_link("/v0/budgets"))

HANDLERS: dict[str, Handler] = {
    **TRANSACTIONS.handlers(list="listTransactions", get="getTransaction"),
    **ACCOUNTS.handlers(list="listAccounts", get="getAccount", update="updateAccount", delete="deleteAccount"),
    **BUDGETS.handlers(
        list="listBudgets", create="createBudget", get="getBudget", update="updateBudget", delete="deleteBudget"
    ),
}
