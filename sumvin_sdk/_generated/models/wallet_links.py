from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="WalletLinks")


@_attrs_define
class WalletLinks:
    """A wallet links.

    Attributes:
        self_ (Link): A link.
        user (Link | None | Unset): User of the wallet links.
        assets (Link | None | Unset): Assets of the wallet links.
        transactions (Link | None | Unset): Transactions of the wallet links.
        update (Link | None | Unset): Update of the wallet links.
        delete (Link | None | Unset): Delete of the wallet links.
    """

    self_: Link
    user: Link | Unset | None = UNSET
    assets: Link | Unset | None = UNSET
    transactions: Link | Unset | None = UNSET
    update: Link | Unset | None = UNSET
    delete: Link | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.link import Link

        self_ = self.self_.to_dict()

        user: dict[str, Any] | Unset | None
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, Link):
            user = self.user.to_dict()
        else:
            user = self.user

        assets: dict[str, Any] | Unset | None
        if isinstance(self.assets, Unset):
            assets = UNSET
        elif isinstance(self.assets, Link):
            assets = self.assets.to_dict()
        else:
            assets = self.assets

        transactions: dict[str, Any] | Unset | None
        if isinstance(self.transactions, Unset):
            transactions = UNSET
        elif isinstance(self.transactions, Link):
            transactions = self.transactions.to_dict()
        else:
            transactions = self.transactions

        update: dict[str, Any] | Unset | None
        if isinstance(self.update, Unset):
            update = UNSET
        elif isinstance(self.update, Link):
            update = self.update.to_dict()
        else:
            update = self.update

        delete: dict[str, Any] | Unset | None
        if isinstance(self.delete, Unset):
            delete = UNSET
        elif isinstance(self.delete, Link):
            delete = self.delete.to_dict()
        else:
            delete = self.delete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "self": self_,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user
        if assets is not UNSET:
            field_dict["assets"] = assets
        if transactions is not UNSET:
            field_dict["transactions"] = transactions
        if update is not UNSET:
            field_dict["update"] = update
        if delete is not UNSET:
            field_dict["delete"] = delete

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            Link = _models.Link
        d = dict(src_dict)
        self_ = Link.from_dict(d.pop("self"))

        def _parse_user(data: object) -> Link | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            user_type_0 = Link.from_dict(data)

            return user_type_0

        user = _parse_user(d.pop("user", UNSET))

        def _parse_assets(data: object) -> Link | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            assets_type_0 = Link.from_dict(data)

            return assets_type_0

        assets = _parse_assets(d.pop("assets", UNSET))

        def _parse_transactions(data: object) -> Link | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            transactions_type_0 = Link.from_dict(data)

            return transactions_type_0

        transactions = _parse_transactions(d.pop("transactions", UNSET))

        def _parse_update(data: object) -> Link | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            update_type_0 = Link.from_dict(data)

            return update_type_0

        update = _parse_update(d.pop("update", UNSET))

        def _parse_delete(data: object) -> Link | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            delete_type_0 = Link.from_dict(data)

            return delete_type_0

        delete = _parse_delete(d.pop("delete", UNSET))

        wallet_links = cls(
            self_=self_,
            user=user,
            assets=assets,
            transactions=transactions,
            update=update,
            delete=delete,
        )

        wallet_links.additional_properties = d
        return wallet_links

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
