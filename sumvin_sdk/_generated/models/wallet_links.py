from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Model, Unset

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="WalletLinks")


@_attrs_define(repr=False)
class WalletLinks(Model):
    """Links of a wallet: related resources and the actions available.

    Attributes:
        self_: Link to this resource.
        user: User of the wallet links.
        assets: Assets of the wallet links.
        transactions: Transactions of the wallet links.
        update: Update of the wallet links.
        delete: Delete of the wallet links.
    """

    self_: Link
    user: Link | None = None
    assets: Link | None = None
    transactions: Link | None = None
    update: Link | None = None
    delete: Link | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("self_",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "user",
        "assets",
        "transactions",
        "update",
        "delete",
    )

    def _json_dict(self) -> dict[str, Any]:
        from ..models.link import Link

        self_ = self.self_.to_dict()

        _user = UNSET if self.user is None and not self._nulls & 1 else self.user
        user: dict[str, Any] | Unset | None
        if isinstance(_user, Unset):
            user = UNSET
        elif isinstance(_user, Link):
            user = _user.to_dict()
        else:
            user = _user

        _assets = UNSET if self.assets is None and not self._nulls & 2 else self.assets
        assets: dict[str, Any] | Unset | None
        if isinstance(_assets, Unset):
            assets = UNSET
        elif isinstance(_assets, Link):
            assets = _assets.to_dict()
        else:
            assets = _assets

        _transactions = UNSET if self.transactions is None and not self._nulls & 4 else self.transactions
        transactions: dict[str, Any] | Unset | None
        if isinstance(_transactions, Unset):
            transactions = UNSET
        elif isinstance(_transactions, Link):
            transactions = _transactions.to_dict()
        else:
            transactions = _transactions

        _update = UNSET if self.update is None and not self._nulls & 8 else self.update
        update: dict[str, Any] | Unset | None
        if isinstance(_update, Unset):
            update = UNSET
        elif isinstance(_update, Link):
            update = _update.to_dict()
        else:
            update = _update

        _delete = UNSET if self.delete is None and not self._nulls & 16 else self.delete
        delete: dict[str, Any] | Unset | None
        if isinstance(_delete, Unset):
            delete = UNSET
        elif isinstance(_delete, Link):
            delete = _delete.to_dict()
        else:
            delete = _delete

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
        nulls = 0
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

        if user is None:
            nulls |= 1

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

        if assets is None:
            nulls |= 2

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

        if transactions is None:
            nulls |= 4

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

        if update is None:
            nulls |= 8

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

        if delete is None:
            nulls |= 16

        wallet_links = cls(
            self_=self_,
            user=None if isinstance(user, Unset) else user,
            assets=None if isinstance(assets, Unset) else assets,
            transactions=None if isinstance(transactions, Unset) else transactions,
            update=None if isinstance(update, Unset) else update,
            delete=None if isinstance(delete, Unset) else delete,
        )

        wallet_links._nulls = nulls

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
