from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import PARSE_ERRORS, Model, note_failure

if TYPE_CHECKING:
    from ..models.wallet_asset_data import WalletAssetData


T = TypeVar("T", bound="WalletBalanceSummary")
_MEMBERS: frozenset[str] = frozenset(
    (
        "wallet_address",
        "wallet_chain_id",
        "total_assets",
        "last_updated",
        "assets",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class WalletBalanceSummary(Model):
    """A wallet's balances, asset by asset.

    Attributes:
        wallet_address: Address of the wallet (0x-prefixed hex).
        wallet_chain_id: Chain id of the wallet the balance is on; null when not stated.
        total_assets: How many different assets the wallet holds.
        last_updated: When the balances were last refreshed (epoch milliseconds).
        assets: Each asset in the wallet with its balance.
    """

    wallet_address: str
    wallet_chain_id: int
    total_assets: int
    last_updated: int
    assets: list[WalletAssetData]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "wallet_address",
        "wallet_chain_id",
        "total_assets",
        "last_updated",
        "assets",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        wallet_address = self.wallet_address

        wallet_chain_id = self.wallet_chain_id

        total_assets = self.total_assets

        last_updated = self.last_updated

        assets = []
        for assets_item_data in self.assets:
            assets_item = assets_item_data.to_dict()
            assets.append(assets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "wallet_address": wallet_address,
                "wallet_chain_id": wallet_chain_id,
                "total_assets": total_assets,
                "last_updated": last_updated,
                "assets": assets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            WalletAssetData = _models.WalletAssetData
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "wallet_address"
            wallet_address = src_dict["wallet_address"]
            if type(wallet_address) is not str and not isinstance(wallet_address, str):
                raise TypeError(f"member 'wallet_address': expected str, got {type(wallet_address).__name__}")

            at = "wallet_chain_id"
            wallet_chain_id = src_dict["wallet_chain_id"]
            if type(wallet_chain_id) is not int and (
                not isinstance(wallet_chain_id, int) or isinstance(wallet_chain_id, bool)
            ):
                raise TypeError(f"member 'wallet_chain_id': expected int, got {type(wallet_chain_id).__name__}")

            at = "total_assets"
            total_assets = src_dict["total_assets"]
            if type(total_assets) is not int and (not isinstance(total_assets, int) or isinstance(total_assets, bool)):
                raise TypeError(f"member 'total_assets': expected int, got {type(total_assets).__name__}")

            at = "last_updated"
            last_updated = src_dict["last_updated"]
            if type(last_updated) is not int and (not isinstance(last_updated, int) or isinstance(last_updated, bool)):
                raise TypeError(f"member 'last_updated': expected int, got {type(last_updated).__name__}")

            at = "assets"
            _assets = src_dict["assets"]
            if not isinstance(_assets, list):
                raise TypeError(f"member 'assets': expected a list, got {type(_assets).__name__}")

            assets = [WalletAssetData.from_dict(assets_item_data) for assets_item_data in _assets]

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        wallet_balance_summary = object.__new__(cls)
        wallet_balance_summary.wallet_address = wallet_address
        wallet_balance_summary.wallet_chain_id = wallet_chain_id
        wallet_balance_summary.total_assets = total_assets
        wallet_balance_summary.last_updated = last_updated
        wallet_balance_summary.assets = assets
        wallet_balance_summary.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 5 else {}
        )
        return wallet_balance_summary

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
