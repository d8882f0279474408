from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Model, Unset

if TYPE_CHECKING:
    from ..models.user_data import UserData
    from ..models.user_links import UserLinks
    from ..models.user_status_data import UserStatusData
    from ..models.wallet_data_base import WalletDataBase


T = TypeVar("T", bound="GetUserResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "user",
        "wallets",
        "status_history",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class GetUserResponse(Model):
    """What `get_user_account` and `update_username` return: the user's profile, with wallets or status history when asked
    for.

        Example:
            {'_links': {'kyc-status': {'href': '/v0/kyc/status'}, 'self': {'href': '/v0/user/me'}, 'wallets': {'href':
                '/v0/wallets'}}, 'user': {'email': 'user@example.com', 'id': 'usr_abc123'}, 'wallets': [{'address':
                '0x742d35Cc6634C0532925a3b844Bc9e7595f2bD78', 'chain_id': 1329, 'is_eoa': True, 'is_primary': True}]}

        Attributes:
            field_links: Links to the user, their wallets, their KYC status and a fresh KYC SDK token.
            user: The user's profile.
            wallets: The user's wallets; present only with `expand=wallets`.
            status_history: Every change of the user's status, oldest first; present only with `expand=status_history`.
    """

    field_links: UserLinks
    user: UserData
    wallets: list[WalletDataBase] | None = None
    status_history: list[UserStatusData] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "user",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "wallets",
        "status_history",
    )

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        user = self.user.to_dict()

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

        _status_history = UNSET if self.status_history is None and not self._nulls & 2 else self.status_history
        status_history: list[dict[str, Any]] | Unset | None
        if isinstance(_status_history, Unset):
            status_history = UNSET
        elif isinstance(_status_history, list):
            status_history = []
            for status_history_type_0_item_data in _status_history:
                status_history_type_0_item = status_history_type_0_item_data.to_dict()
                status_history.append(status_history_type_0_item)

        else:
            status_history = _status_history

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "user": user,
            }
        )
        if wallets is not UNSET:
            field_dict["wallets"] = wallets
        if status_history is not UNSET:
            field_dict["status_history"] = status_history

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            UserData = _models.UserData
            UserLinks = _models.UserLinks
            UserStatusData = _models.UserStatusData
            WalletDataBase = _models.WalletDataBase
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        nulls = 0
        field_links = UserLinks.from_dict(src_dict["_links"])

        user = UserData.from_dict(src_dict["user"])

        def _parse_wallets(data: object) -> list[WalletDataBase] | Unset | None:
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
                wallets_type_0_item = WalletDataBase.from_dict(wallets_type_0_item_data)

                wallets_type_0.append(wallets_type_0_item)

            return wallets_type_0

        wallets = _parse_wallets(src_dict.get("wallets", UNSET))

        if wallets is None:
            nulls |= 1

        def _parse_status_history(data: object) -> list[UserStatusData] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            status_history_type_0 = []
            _status_history_type_0 = data
            if not isinstance(_status_history_type_0, list):
                raise TypeError(
                    f"member 'status_history_type_0': expected a list, got {type(_status_history_type_0).__name__}"
                )

            for status_history_type_0_item_data in _status_history_type_0:
                status_history_type_0_item = UserStatusData.from_dict(status_history_type_0_item_data)

                status_history_type_0.append(status_history_type_0_item)

            return status_history_type_0

        status_history = _parse_status_history(src_dict.get("status_history", UNSET))

        if status_history is None:
            nulls |= 2

        get_user_response = cls(
            field_links=field_links,
            user=user,
            wallets=None if isinstance(wallets, Unset) else wallets,
            status_history=None if isinstance(status_history, Unset) else status_history,
        )

        get_user_response._nulls = nulls

        if not _MEMBERS.issuperset(src_dict):
            get_user_response.additional_properties = {k: v for k, v in src_dict.items() if k not in _MEMBERS}
        return get_user_response

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
