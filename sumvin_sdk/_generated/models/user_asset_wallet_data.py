from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="UserAssetWalletData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "address",
        "chain_id",
        "balance",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class UserAssetWalletData(Model):
    """The balance of an asset in one wallet.

    Attributes:
        address: Address of the wallet holding the asset.
        chain_id: EVM chain id the user asset wallet lives on (for example 1329 for Sei).
        balance: Balance in the wallet, as a decimal string.
    """

    address: str
    chain_id: int
    balance: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "address",
        "chain_id",
        "balance",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        address = self.address

        chain_id = self.chain_id

        balance = self.balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "chain_id": chain_id,
                "balance": balance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "address"
            address = src_dict["address"]
            if type(address) is not str and not isinstance(address, str):
                raise TypeError(f"member 'address': expected str, got {type(address).__name__}")

            at = "chain_id"
            chain_id = src_dict["chain_id"]
            if type(chain_id) is not int and (not isinstance(chain_id, int) or isinstance(chain_id, bool)):
                raise TypeError(f"member 'chain_id': expected int, got {type(chain_id).__name__}")

            at = "balance"
            balance = src_dict["balance"]
            if type(balance) is not str and not isinstance(balance, str):
                raise TypeError(f"member 'balance': expected str, got {type(balance).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        user_asset_wallet_data = object.__new__(cls)
        user_asset_wallet_data.address = address
        user_asset_wallet_data.chain_id = chain_id
        user_asset_wallet_data.balance = balance
        user_asset_wallet_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 3 else {}
        )
        return user_asset_wallet_data

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
