from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserAssetData")


@_attrs_define
class UserAssetData:
    """
    Attributes:
        symbol (str):
        name (str):
        chain_id (int | None):
        total_balance (str):
        wallet_count (int):
    """

    symbol: str
    name: str
    chain_id: int | None
    total_balance: str
    wallet_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        d = dict(src_dict)
        symbol = d.pop("symbol")

        name = d.pop("name")

        chain_id: int | None = d.pop("chain_id")

        total_balance = d.pop("total_balance")

        wallet_count = d.pop("wallet_count")

        user_asset_data = cls(
            symbol=symbol,
            name=name,
            chain_id=chain_id,
            total_balance=total_balance,
            wallet_count=wallet_count,
        )

        user_asset_data.additional_properties = d
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
