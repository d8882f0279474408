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
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="WalletLinks")
_MEMBERS: frozenset[str] = frozenset(
    (
        "self",
        "user",
        "assets",
        "transactions",
        "update",
        "delete",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class WalletLinks(Model):
    """Links of a wallet: related resources and the actions available.

    Attributes:
        self_: Link to this resource.
        user: Link to the wallet owner's profile; null when not offered.
        assets: Link to the assets the wallet holds; null when not offered.
        transactions: Link to the wallet's transactions; null when not offered.
        update: Link to update the wallet, such as making it primary; null when not offered.
        delete: Link to delete the wallet (a soft delete); null when not offered.
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
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "self"
            self_ = Link.from_dict(src_dict["self"])

            at = "user"
            user = src_dict.get("user", ABSENT)
            if user is not None and user is not ABSENT:
                if not isinstance(user, dict):
                    raise TypeError("member 'user': a value of the wrong type")
                user = Link.from_dict(user)

            if user is None:
                nulls |= 1

            at = "assets"
            assets = src_dict.get("assets", ABSENT)
            if assets is not None and assets is not ABSENT:
                if not isinstance(assets, dict):
                    raise TypeError("member 'assets': a value of the wrong type")
                assets = Link.from_dict(assets)

            if assets is None:
                nulls |= 2

            at = "transactions"
            transactions = src_dict.get("transactions", ABSENT)
            if transactions is not None and transactions is not ABSENT:
                if not isinstance(transactions, dict):
                    raise TypeError("member 'transactions': a value of the wrong type")
                transactions = Link.from_dict(transactions)

            if transactions is None:
                nulls |= 4

            at = "update"
            update = src_dict.get("update", ABSENT)
            if update is not None and update is not ABSENT:
                if not isinstance(update, dict):
                    raise TypeError("member 'update': a value of the wrong type")
                update = Link.from_dict(update)

            if update is None:
                nulls |= 8

            at = "delete"
            delete = src_dict.get("delete", ABSENT)
            if delete is not None and delete is not ABSENT:
                if not isinstance(delete, dict):
                    raise TypeError("member 'delete': a value of the wrong type")
                delete = Link.from_dict(delete)

            if delete is None:
                nulls |= 16

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        wallet_links = object.__new__(cls)
        wallet_links.self_ = self_
        wallet_links.user = None if user is ABSENT else user
        wallet_links.assets = None if assets is ABSENT else assets
        wallet_links.transactions = None if transactions is ABSENT else transactions
        wallet_links.update = None if update is ABSENT else update
        wallet_links.delete = None if delete is ABSENT else delete
        wallet_links._nulls = nulls
        wallet_links.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 1
            + (user is not ABSENT)
            + (assets is not ABSENT)
            + (transactions is not ABSENT)
            + (update is not ABSENT)
            + (delete is not ABSENT)
            else {}
        )
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
