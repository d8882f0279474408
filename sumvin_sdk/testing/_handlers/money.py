"""Money: transactions (get, and lists filtered by direction, type, status, source, category, merchant,
amounts, dates, wallet, card or account), bank accounts and budgets."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sumvin_sdk.testing._call import Handler
from sumvin_sdk.testing._handlers.collections import Collection, Filter, self_link

JSON = dict[str, Any]


def _amount(compare: Callable[[float, float], bool]) -> Filter:
    def keeps(record: JSON, wanted: str) -> bool:
        try:
            return compare(float(record["amount"]), float(wanted))
        except (KeyError, ValueError):
            return False

    return keeps


def _date(after: bool) -> Filter:
    """``from_date``/``to_date``: epoch milliseconds, or an ISO date (``2026-01-31``)."""

    def keeps(record: JSON, wanted: str) -> bool:
        import datetime

        try:
            bound = float(wanted) if wanted.isdigit() else datetime.datetime.fromisoformat(wanted).timestamp() * 1000
        except ValueError:
            return True
        stamp = float(record["created_at"])
        return stamp >= bound if after else stamp <= bound

    return keeps


def _linked(member: str) -> Filter:
    return lambda record, wanted: (record.get(member) or {}).get("id") == wanted


TRANSACTIONS = Collection(
    "transactions",
    "TransactionData",
    "transaction_id",
    "txn",
    "TXN-404-001",
    filters={
        "merchant_name": lambda record, wanted: wanted.lower() in str(record.get("merchant_name") or "").lower(),
        "amount_min": _amount(lambda amount, bound: amount >= bound),
        "amount_max": _amount(lambda amount, bound: amount <= bound),
        "from_date": _date(after=True),
        "to_date": _date(after=False),
        "wallet_id": _linked("wallet"),
        "card_id": _linked("card"),
        "account_id": _linked("account"),
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
