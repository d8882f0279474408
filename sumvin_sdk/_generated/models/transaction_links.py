from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="TransactionLinks")


@_attrs_define
class TransactionLinks:
    """A transaction links.

    Attributes:
        self_ (Link): A link.
        wallet (Link | None | Unset): Wallet of the transaction links.
        asset (Link | None | Unset): Asset of the transaction links.
    """

    self_: Link
    wallet: Link | Unset | None = UNSET
    asset: Link | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.link import Link

        self_ = self.self_.to_dict()

        wallet: dict[str, Any] | Unset | None
        if isinstance(self.wallet, Unset):
            wallet = UNSET
        elif isinstance(self.wallet, Link):
            wallet = self.wallet.to_dict()
        else:
            wallet = self.wallet

        asset: dict[str, Any] | Unset | None
        if isinstance(self.asset, Unset):
            asset = UNSET
        elif isinstance(self.asset, Link):
            asset = self.asset.to_dict()
        else:
            asset = self.asset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "self": self_,
            }
        )
        if wallet is not UNSET:
            field_dict["wallet"] = wallet
        if asset is not UNSET:
            field_dict["asset"] = asset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            Link = _models.Link
        d = dict(src_dict)
        self_ = Link.from_dict(d.pop("self"))

        def _parse_wallet(data: object) -> Link | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            wallet_type_0 = Link.from_dict(data)

            return wallet_type_0

        wallet = _parse_wallet(d.pop("wallet", UNSET))

        def _parse_asset(data: object) -> Link | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            asset_type_0 = Link.from_dict(data)

            return asset_type_0

        asset = _parse_asset(d.pop("asset", UNSET))

        transaction_links = cls(
            self_=self_,
            wallet=wallet,
            asset=asset,
        )

        transaction_links.additional_properties = d
        return transaction_links

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
