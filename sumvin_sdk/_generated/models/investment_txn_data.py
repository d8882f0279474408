from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvestmentTxnData")


@_attrs_define
class InvestmentTxnData:
    """
    Attributes:
        external_id (str):
        currency (str):
        symbol (None | str | Unset):
        description (None | str | Unset):
        txn_type (None | str | Unset):
        status (None | str | Unset):
        quantity (None | str | Unset):
        amount (None | str | Unset):
        cost_basis (None | str | Unset):
        transaction_date (int | None | Unset):
        posted_date (int | None | Unset):
    """

    external_id: str
    currency: str
    symbol: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    txn_type: str | Unset | None = UNSET
    status: str | Unset | None = UNSET
    quantity: str | Unset | None = UNSET
    amount: str | Unset | None = UNSET
    cost_basis: str | Unset | None = UNSET
    transaction_date: int | Unset | None = UNSET
    posted_date: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        currency = self.currency

        symbol: str | Unset | None
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        txn_type: str | Unset | None
        if isinstance(self.txn_type, Unset):
            txn_type = UNSET
        else:
            txn_type = self.txn_type

        status: str | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        quantity: str | Unset | None
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        amount: str | Unset | None
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        cost_basis: str | Unset | None
        if isinstance(self.cost_basis, Unset):
            cost_basis = UNSET
        else:
            cost_basis = self.cost_basis

        transaction_date: int | Unset | None
        if isinstance(self.transaction_date, Unset):
            transaction_date = UNSET
        else:
            transaction_date = self.transaction_date

        posted_date: int | Unset | None
        if isinstance(self.posted_date, Unset):
            posted_date = UNSET
        else:
            posted_date = self.posted_date

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
        d = dict(src_dict)
        external_id = d.pop("external_id")

        currency = d.pop("currency")

        symbol: str | Unset | None = d.pop("symbol", UNSET)

        description: str | Unset | None = d.pop("description", UNSET)

        txn_type: str | Unset | None = d.pop("txn_type", UNSET)

        status: str | Unset | None = d.pop("status", UNSET)

        quantity: str | Unset | None = d.pop("quantity", UNSET)

        amount: str | Unset | None = d.pop("amount", UNSET)

        cost_basis: str | Unset | None = d.pop("cost_basis", UNSET)

        transaction_date: int | Unset | None = d.pop("transaction_date", UNSET)

        posted_date: int | Unset | None = d.pop("posted_date", UNSET)

        investment_txn_data = cls(
            external_id=external_id,
            currency=currency,
            symbol=symbol,
            description=description,
            txn_type=txn_type,
            status=status,
            quantity=quantity,
            amount=amount,
            cost_basis=cost_basis,
            transaction_date=transaction_date,
            posted_date=posted_date,
        )

        investment_txn_data.additional_properties = d
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
