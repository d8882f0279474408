from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="UserAssetData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "symbol",
        "name",
        "chain_id",
        "total_balance",
        "wallet_count",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class UserAssetData(Model):
    """An asset the user holds, summed over wallets.

    Attributes:
        symbol: Ticker symbol of the asset, such as USDC.
        name: Name of the user asset as shown to users.
        chain_id: EVM chain id the user asset lives on (for example 1329 for Sei).
        total_balance: Balance summed over all the user's wallets, as a decimal string.
        wallet_count: How many of the user's wallets hold the asset.
    """

    symbol: str
    name: str
    chain_id: int | None
    total_balance: str
    wallet_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "symbol",
        "name",
        "chain_id",
        "total_balance",
        "wallet_count",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        name = self.name

        chain_id: int | None
        chain_id = self.chain_id

        total_balance = self.total_balance

        wallet_count = self.wallet_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "name": name,
                "chain_id": chain_id,
                "total_balance": total_balance,
                "wallet_count": wallet_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "symbol"
            symbol = src_dict["symbol"]
            if type(symbol) is not str and not isinstance(symbol, str):
                raise TypeError(f"member 'symbol': expected str, got {type(symbol).__name__}")

            at = "name"
            name = src_dict["name"]
            if type(name) is not str and not isinstance(name, str):
                raise TypeError(f"member 'name': expected str, got {type(name).__name__}")

            at = "chain_id"
            chain_id = src_dict["chain_id"]
            if (
                type(chain_id) is not int
                and chain_id is not None
                and (not isinstance(chain_id, int) or isinstance(chain_id, bool))
            ):
                raise TypeError(f"member 'chain_id': expected int or None, got {type(chain_id).__name__}")

            at = "total_balance"
            total_balance = src_dict["total_balance"]
            if type(total_balance) is not str and not isinstance(total_balance, str):
                raise TypeError(f"member 'total_balance': expected str, got {type(total_balance).__name__}")

            at = "wallet_count"
            wallet_count = src_dict["wallet_count"]
            if type(wallet_count) is not int and (not isinstance(wallet_count, int) or isinstance(wallet_count, bool)):
                raise TypeError(f"member 'wallet_count': expected int, got {type(wallet_count).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        user_asset_data = object.__new__(cls)
        user_asset_data.symbol = symbol
        user_asset_data.name = name
        user_asset_data.chain_id = chain_id
        user_asset_data.total_balance = total_balance
        user_asset_data.wallet_count = wallet_count
        user_asset_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 5 else {}
        )
        return user_asset_data

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
