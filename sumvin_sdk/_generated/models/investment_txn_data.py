from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

T = TypeVar("T", bound="InvestmentTxnData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "external_id",
        "currency",
        "symbol",
        "description",
        "txn_type",
        "status",
        "quantity",
        "amount",
        "cost_basis",
        "transaction_date",
        "posted_date",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class InvestmentTxnData(Model):
    """One trade or other activity in a linked investment account.

    Attributes:
        external_id: Public identifier of the investment txn.
        currency: Currency code (ISO 4217, such as USD).
        symbol: Ticker symbol of the asset, such as USDC.
        description: What the investment txn is for, in a sentence or two.
        txn_type: Kind of investment transaction, as the institution reports it; null when not stated.
        status: State of the trade, as the institution reports it.
        quantity: Units bought or sold, as a decimal string; null when not reported.
        amount: Cash value of the trade, as a decimal string; null when not reported.
        cost_basis: Cost of the units, as a decimal string; null when not reported.
        transaction_date: When the trade was made, in epoch milliseconds; null when not reported.
        posted_date: When the trade was posted to the account, in epoch milliseconds; null when not reported.
    """

    external_id: str
    currency: str
    symbol: str | None = None
    description: str | None = None
    txn_type: str | None = None
    status: str | None = None
    quantity: str | None = None
    amount: str | None = None
    cost_basis: str | None = None
    transaction_date: int | None = None
    posted_date: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "external_id",
        "currency",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "symbol",
        "description",
        "txn_type",
        "status",
        "quantity",
        "amount",
        "cost_basis",
        "transaction_date",
        "posted_date",
    )

    def _json_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        currency = self.currency

        _symbol = UNSET if self.symbol is None and not self._nulls & 1 else self.symbol
        symbol: str | Unset | None
        if isinstance(_symbol, Unset):
            symbol = UNSET
        else:
            symbol = _symbol

        _description = UNSET if self.description is None and not self._nulls & 2 else self.description
        description: str | Unset | None
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = _description

        _txn_type = UNSET if self.txn_type is None and not self._nulls & 4 else self.txn_type
        txn_type: str | Unset | None
        if isinstance(_txn_type, Unset):
            txn_type = UNSET
        else:
            txn_type = _txn_type

        _status = UNSET if self.status is None and not self._nulls & 8 else self.status
        status: str | Unset | None
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = _status

        _quantity = UNSET if self.quantity is None and not self._nulls & 16 else self.quantity
        quantity: str | Unset | None
        if isinstance(_quantity, Unset):
            quantity = UNSET
        else:
            quantity = _quantity

        _amount = UNSET if self.amount is None and not self._nulls & 32 else self.amount
        amount: str | Unset | None
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = _amount

        _cost_basis = UNSET if self.cost_basis is None and not self._nulls & 64 else self.cost_basis
        cost_basis: str | Unset | None
        if isinstance(_cost_basis, Unset):
            cost_basis = UNSET
        else:
            cost_basis = _cost_basis

        _transaction_date = UNSET if self.transaction_date is None and not self._nulls & 128 else self.transaction_date
        transaction_date: int | Unset | None
        if isinstance(_transaction_date, Unset):
            transaction_date = UNSET
        else:
            transaction_date = _transaction_date

        _posted_date = UNSET if self.posted_date is None and not self._nulls & 256 else self.posted_date
        posted_date: int | Unset | None
        if isinstance(_posted_date, Unset):
            posted_date = UNSET
        else:
            posted_date = _posted_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "external_id": external_id,
                "currency": currency,
            }
        )
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if description is not UNSET:
            field_dict["description"] = description
        if txn_type is not UNSET:
            field_dict["txn_type"] = txn_type
        if status is not UNSET:
            field_dict["status"] = status
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if amount is not UNSET:
            field_dict["amount"] = amount
        if cost_basis is not UNSET:
            field_dict["cost_basis"] = cost_basis
        if transaction_date is not UNSET:
            field_dict["transaction_date"] = transaction_date
        if posted_date is not UNSET:
            field_dict["posted_date"] = posted_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "external_id"
            external_id = src_dict["external_id"]
            if type(external_id) is not str and not isinstance(external_id, str):
                raise TypeError(f"member 'external_id': expected str, got {type(external_id).__name__}")

            at = "currency"
            currency = src_dict["currency"]
            if type(currency) is not str and not isinstance(currency, str):
                raise TypeError(f"member 'currency': expected str, got {type(currency).__name__}")

            at = "symbol"
            symbol = src_dict.get("symbol", ABSENT)
            if type(symbol) is not str and symbol is not None and symbol is not ABSENT and not isinstance(symbol, str):
                raise TypeError(f"member 'symbol': expected str or None or Unset, got {type(symbol).__name__}")

            if symbol is None:
                nulls |= 1

            at = "description"
            description = src_dict.get("description", ABSENT)
            if (
                type(description) is not str
                and description is not None
                and description is not ABSENT
                and not isinstance(description, str)
            ):
                raise TypeError(
                    f"member 'description': expected str or None or Unset, got {type(description).__name__}"
                )

            if description is None:
                nulls |= 2

            at = "txn_type"
            txn_type = src_dict.get("txn_type", ABSENT)
            if (
                type(txn_type) is not str
                and txn_type is not None
                and txn_type is not ABSENT
                and not isinstance(txn_type, str)
            ):
                raise TypeError(f"member 'txn_type': expected str or None or Unset, got {type(txn_type).__name__}")

            if txn_type is None:
                nulls |= 4

            at = "status"
            status = src_dict.get("status", ABSENT)
            if type(status) is not str and status is not None and status is not ABSENT and not isinstance(status, str):
                raise TypeError(f"member 'status': expected str or None or Unset, got {type(status).__name__}")

            if status is None:
                nulls |= 8

            at = "quantity"
            quantity = src_dict.get("quantity", ABSENT)
            if (
                type(quantity) is not str
                and quantity is not None
                and quantity is not ABSENT
                and not isinstance(quantity, str)
            ):
                raise TypeError(f"member 'quantity': expected str or None or Unset, got {type(quantity).__name__}")

            if quantity is None:
                nulls |= 16

            at = "amount"
            amount = src_dict.get("amount", ABSENT)
            if type(amount) is not str and amount is not None and amount is not ABSENT and not isinstance(amount, str):
                raise TypeError(f"member 'amount': expected str or None or Unset, got {type(amount).__name__}")

            if amount is None:
                nulls |= 32

            at = "cost_basis"
            cost_basis = src_dict.get("cost_basis", ABSENT)
            if (
                type(cost_basis) is not str
                and cost_basis is not None
                and cost_basis is not ABSENT
                and not isinstance(cost_basis, str)
            ):
                raise TypeError(f"member 'cost_basis': expected str or None or Unset, got {type(cost_basis).__name__}")

            if cost_basis is None:
                nulls |= 64

            at = "transaction_date"
            transaction_date = src_dict.get("transaction_date", ABSENT)
            if (
                type(transaction_date) is not int
                and transaction_date is not None
                and transaction_date is not ABSENT
                and (not isinstance(transaction_date, int) or isinstance(transaction_date, bool))
            ):
                raise TypeError(
                    f"member 'transaction_date': expected int or None or Unset, got {type(transaction_date).__name__}"
                )

            if transaction_date is None:
                nulls |= 128

            at = "posted_date"
            posted_date = src_dict.get("posted_date", ABSENT)
            if (
                type(posted_date) is not int
                and posted_date is not None
                and posted_date is not ABSENT
                and (not isinstance(posted_date, int) or isinstance(posted_date, bool))
            ):
                raise TypeError(
                    f"member 'posted_date': expected int or None or Unset, got {type(posted_date).__name__}"
                )

            if posted_date is None:
                nulls |= 256

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        investment_txn_data = object.__new__(cls)
        investment_txn_data.external_id = external_id
        investment_txn_data.currency = currency
        investment_txn_data.symbol = None if symbol is ABSENT else symbol
        investment_txn_data.description = None if description is ABSENT else description
        investment_txn_data.txn_type = None if txn_type is ABSENT else txn_type
        investment_txn_data.status = None if status is ABSENT else status
        investment_txn_data.quantity = None if quantity is ABSENT else quantity
        investment_txn_data.amount = None if amount is ABSENT else amount
        investment_txn_data.cost_basis = None if cost_basis is ABSENT else cost_basis
        investment_txn_data.transaction_date = None if transaction_date is ABSENT else transaction_date
        investment_txn_data.posted_date = None if posted_date is ABSENT else posted_date
        investment_txn_data._nulls = nulls
        investment_txn_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 2
            + (symbol is not ABSENT)
            + (description is not ABSENT)
            + (txn_type is not ABSENT)
            + (status is not ABSENT)
            + (quantity is not ABSENT)
            + (amount is not ABSENT)
            + (cost_basis is not ABSENT)
            + (transaction_date is not ABSENT)
            + (posted_date is not ABSENT)
            else {}
        )
        return investment_txn_data

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
