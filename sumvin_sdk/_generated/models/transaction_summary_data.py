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

T = TypeVar("T", bound="TransactionSummaryData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "type",
        "status",
        "direction",
        "amount",
        "asset_symbol",
        "tx_hash",
        "created_at",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class TransactionSummaryData(Model):
    """Short account of a transaction made by an agent task.

    Attributes:
        id: Unique id of the transaction summary.
        type_: Kind of money movement, with the values of `TransactionType` (such as `transfer`).
        status: State of the movement, with the values of `TransactionStatus` (such as `completed`).
        direction: Whether money moves into or out of the user's account.
        amount: Amount moved, as a decimal string.
        asset_symbol: Symbol of the asset moved; null when unknown.
        tx_hash: Hash of the on-chain transaction.
        created_at: When the transaction summary was created (epoch ms on the wire).
    """

    id: str
    type_: str
    status: str
    direction: str
    amount: str
    asset_symbol: str | None
    tx_hash: str | None
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "type_",
        "status",
        "direction",
        "amount",
        "asset_symbol",
        "tx_hash",
        "created_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        status = self.status

        direction = self.direction

        amount = self.amount

        asset_symbol: str | None
        asset_symbol = self.asset_symbol

        tx_hash: str | None
        tx_hash = self.tx_hash

        created_at = epoch_ms(self.created_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "status": status,
                "direction": direction,
                "amount": amount,
                "asset_symbol": asset_symbol,
                "tx_hash": tx_hash,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "type"
            type_ = src_dict["type"]
            if type(type_) is not str and not isinstance(type_, str):
                raise TypeError(f"member 'type': expected str, got {type(type_).__name__}")

            at = "status"
            status = src_dict["status"]
            if type(status) is not str and not isinstance(status, str):
                raise TypeError(f"member 'status': expected str, got {type(status).__name__}")

            at = "direction"
            direction = src_dict["direction"]
            if type(direction) is not str and not isinstance(direction, str):
                raise TypeError(f"member 'direction': expected str, got {type(direction).__name__}")

            at = "amount"
            amount = src_dict["amount"]
            if type(amount) is not str and not isinstance(amount, str):
                raise TypeError(f"member 'amount': expected str, got {type(amount).__name__}")

            at = "asset_symbol"
            asset_symbol = src_dict["asset_symbol"]
            if type(asset_symbol) is not str and asset_symbol is not None and not isinstance(asset_symbol, str):
                raise TypeError(f"member 'asset_symbol': expected str or None, got {type(asset_symbol).__name__}")

            at = "tx_hash"
            tx_hash = src_dict["tx_hash"]
            if type(tx_hash) is not str and tx_hash is not None and not isinstance(tx_hash, str):
                raise TypeError(f"member 'tx_hash': expected str or None, got {type(tx_hash).__name__}")

            at = "created_at"
            created_at = parse_timestamp(src_dict["created_at"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        transaction_summary_data = object.__new__(cls)
        transaction_summary_data.id = id
        transaction_summary_data.type_ = type_
        transaction_summary_data.status = status
        transaction_summary_data.direction = direction
        transaction_summary_data.amount = amount
        transaction_summary_data.asset_symbol = asset_symbol
        transaction_summary_data.tx_hash = tx_hash
        transaction_summary_data.created_at = created_at
        transaction_summary_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 8 else {}
        )
        return transaction_summary_data

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
