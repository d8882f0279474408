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

T = TypeVar("T", bound="WalletAssetTransactionData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "type",
        "status",
        "direction",
        "amount",
        "created_at",
        "tx_hash",
        "merchant_name",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class WalletAssetTransactionData(Model):
    """One transaction of an asset in a wallet.

    Attributes:
        id: Unique id of the wallet asset transaction.
        type_: Kind of money movement, such as `transfer` or `swap`.
        status: State of the movement, such as `completed`.
        direction: Whether money moves into or out of the user's account.
        amount: Amount of the asset moved, as a decimal string.
        created_at: When the wallet asset transaction was created (epoch ms on the wire).
        tx_hash: Hash of the on-chain transaction.
        merchant_name: Merchant the transaction was with; null for transfers.
    """

    id: str | None
    type_: str
    status: str
    direction: str
    amount: str
    created_at: datetime.datetime
    tx_hash: str | None
    merchant_name: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "type_",
        "status",
        "direction",
        "amount",
        "created_at",
        "tx_hash",
        "merchant_name",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        id: str | None
        id = self.id

        type_ = self.type_

        status = self.status

        direction = self.direction

        amount = self.amount

        created_at = epoch_ms(self.created_at)

        tx_hash: str | None
        tx_hash = self.tx_hash

        merchant_name: str | None
        merchant_name = self.merchant_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "status": status,
                "direction": direction,
                "amount": amount,
                "created_at": created_at,
                "tx_hash": tx_hash,
                "merchant_name": merchant_name,
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
            if type(id) is not str and id is not None and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str or None, got {type(id).__name__}")

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

            at = "created_at"
            created_at = parse_timestamp(src_dict["created_at"])

            at = "tx_hash"
            tx_hash = src_dict["tx_hash"]
            if type(tx_hash) is not str and tx_hash is not None and not isinstance(tx_hash, str):
                raise TypeError(f"member 'tx_hash': expected str or None, got {type(tx_hash).__name__}")

            at = "merchant_name"
            merchant_name = src_dict["merchant_name"]
            if type(merchant_name) is not str and merchant_name is not None and not isinstance(merchant_name, str):
                raise TypeError(f"member 'merchant_name': expected str or None, got {type(merchant_name).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        wallet_asset_transaction_data = object.__new__(cls)
        wallet_asset_transaction_data.id = id
        wallet_asset_transaction_data.type_ = type_
        wallet_asset_transaction_data.status = status
        wallet_asset_transaction_data.direction = direction
        wallet_asset_transaction_data.amount = amount
        wallet_asset_transaction_data.created_at = created_at
        wallet_asset_transaction_data.tx_hash = tx_hash
        wallet_asset_transaction_data.merchant_name = merchant_name
        wallet_asset_transaction_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 8 else {}
        )
        return wallet_asset_transaction_data

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
