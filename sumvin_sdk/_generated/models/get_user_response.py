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
        at: str | None = None
        try:
            nulls = 0
            at = "_links"
            field_links = UserLinks.from_dict(src_dict["_links"])

            at = "user"
            user = UserData.from_dict(src_dict["user"])

            at = "wallets"
            wallets = src_dict.get("wallets", ABSENT)
            if wallets is not None and wallets is not ABSENT:
                if not isinstance(wallets, list):
                    raise TypeError("member 'wallets': a value of the wrong type")
                _wallets_type_0 = wallets
                wallets_type_0 = [
                    WalletDataBase.from_dict(wallets_type_0_item_data) for wallets_type_0_item_data in _wallets_type_0
                ]

                wallets = wallets_type_0

            if wallets is None:
                nulls |= 1

            at = "status_history"
            status_history = src_dict.get("status_history", ABSENT)
            if status_history is not None and status_history is not ABSENT:
                if not isinstance(status_history, list):
                    raise TypeError("member 'status_history': a value of the wrong type")
                _status_history_type_0 = status_history
                status_history_type_0 = [
                    UserStatusData.from_dict(status_history_type_0_item_data)
                    for status_history_type_0_item_data in _status_history_type_0
                ]

                status_history = status_history_type_0

            if status_history is None:
                nulls |= 2

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        get_user_response = object.__new__(cls)
        get_user_response.field_links = field_links
        get_user_response.user = user
        get_user_response.wallets = None if wallets is ABSENT else wallets
        get_user_response.status_history = None if status_history is ABSENT else status_history
        get_user_response._nulls = nulls
        get_user_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 2 + (wallets is not ABSENT) + (status_history is not ABSENT)
            else {}
        )
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
