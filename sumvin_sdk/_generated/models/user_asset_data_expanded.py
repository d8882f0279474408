from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Model, Unset

if TYPE_CHECKING:
    from ..models.user_asset_wallet_data import UserAssetWalletData


T = TypeVar("T", bound="UserAssetDataExpanded")
_MEMBERS: frozenset[str] = frozenset(
    (
        "symbol",
        "name",
        "chain_id",
        "total_balance",
        "wallet_count",
        "wallets",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class UserAssetDataExpanded(Model):
    """An asset the user holds, summed over wallets and broken down per wallet.

    Attributes:
        symbol: Ticker symbol of the asset, such as USDC.
        name: Name of the asset, for display.
        chain_id: Chain id the asset is on; null for assets off chain.
        total_balance: Balance summed over all the user's wallets, as a decimal string.
        wallet_count: How many of the user's wallets hold the asset.
        wallets: The asset's holding in each wallet; present with `expand=wallet`.
    """

    symbol: str
    name: str
    chain_id: int | None
    total_balance: str
    wallet_count: int
    wallets: list[UserAssetWalletData] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "symbol",
        "name",
        "chain_id",
        "total_balance",
        "wallet_count",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("wallets",)

    def _json_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        name = self.name

        chain_id: int | None
        chain_id = self.chain_id

        total_balance = self.total_balance

        wallet_count = self.wallet_count

        _wallets = UNSET if self.wallets is None and not self._nulls & 1 else self.wallets
        wallets: list[dict[str, Any]] | Unset | None
        if isinstance(_wallets, Unset):
            wallets = UNSET
        elif isinstance(_wallets, list):
            wallets = []
            for wallets_type_0_item_data in _wallets:
                wallets_type_0_item = wallets_type_0_item_data.to_dict()
                wallets.append(wallets_type_0_item)

        else:
            wallets = _wallets

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
        if wallets is not UNSET:
            field_dict["wallets"] = wallets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            UserAssetWalletData = _models.UserAssetWalletData
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        nulls = 0
        symbol = src_dict["symbol"]
        if type(symbol) is not str and not isinstance(symbol, str):
            raise TypeError(f"member 'symbol': expected str, got {type(symbol).__name__}")

        name = src_dict["name"]
        if type(name) is not str and not isinstance(name, str):
            raise TypeError(f"member 'name': expected str, got {type(name).__name__}")

        chain_id: int | None = src_dict["chain_id"]
        if (
            type(chain_id) is not int
            and chain_id is not None
            and (not isinstance(chain_id, int) or isinstance(chain_id, bool))
        ):
            raise TypeError(f"member 'chain_id': expected int or None, got {type(chain_id).__name__}")

        total_balance = src_dict["total_balance"]
        if type(total_balance) is not str and not isinstance(total_balance, str):
            raise TypeError(f"member 'total_balance': expected str, got {type(total_balance).__name__}")

        wallet_count = src_dict["wallet_count"]
        if type(wallet_count) is not int and (not isinstance(wallet_count, int) or isinstance(wallet_count, bool)):
            raise TypeError(f"member 'wallet_count': expected int, got {type(wallet_count).__name__}")

        def _parse_wallets(data: object) -> list[UserAssetWalletData] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            wallets_type_0 = []
            _wallets_type_0 = data
            if not isinstance(_wallets_type_0, list):
                raise TypeError(f"member 'wallets_type_0': expected a list, got {type(_wallets_type_0).__name__}")

            for wallets_type_0_item_data in _wallets_type_0:
                wallets_type_0_item = UserAssetWalletData.from_dict(wallets_type_0_item_data)

                wallets_type_0.append(wallets_type_0_item)

            return wallets_type_0

        wallets = _parse_wallets(src_dict.get("wallets", UNSET))

        if wallets is None:
            nulls |= 1

        user_asset_data_expanded = cls(
            symbol=symbol,
            name=name,
            chain_id=chain_id,
            total_balance=total_balance,
            wallet_count=wallet_count,
            wallets=None if isinstance(wallets, Unset) else wallets,
        )

        user_asset_data_expanded._nulls = nulls

        if not _MEMBERS.issuperset(src_dict):
            user_asset_data_expanded.additional_properties = {k: v for k, v in src_dict.items() if k not in _MEMBERS}
        return user_asset_data_expanded

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
