from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

T = TypeVar("T", bound="TransactionAccountData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "provider",
        "account_type",
        "institution_name",
        "account_name",
        "account_mask",
        "nickname",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class TransactionAccountData(Model):
    """The bank account of a bank transaction.

    Attributes:
        id: Unique id of the transaction account.
        provider: Provider that serves the transaction account.
        account_type: Kind of account, such as `checking`, `savings` or `credit_card`.
        institution_name: Name of the bank or institution.
        account_name: Name the institution gives the account.
        account_mask: Last four digits of the account number; null when unknown.
        nickname: Name the user gave the transaction account.
    """

    id: str
    provider: str
    account_type: str
    institution_name: str
    account_name: str
    account_mask: str | None = None
    nickname: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "provider",
        "account_type",
        "institution_name",
        "account_name",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "account_mask",
        "nickname",
    )

    def _json_dict(self) -> dict[str, Any]:
        id = self.id

        provider = self.provider

        account_type = self.account_type

        institution_name = self.institution_name

        account_name = self.account_name

        _account_mask = UNSET if self.account_mask is None and not self._nulls & 1 else self.account_mask
        account_mask: str | Unset | None
        if isinstance(_account_mask, Unset):
            account_mask = UNSET
        else:
            account_mask = _account_mask

        _nickname = UNSET if self.nickname is None and not self._nulls & 2 else self.nickname
        nickname: str | Unset | None
        if isinstance(_nickname, Unset):
            nickname = UNSET
        else:
            nickname = _nickname

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "provider": provider,
                "account_type": account_type,
                "institution_name": institution_name,
                "account_name": account_name,
            }
        )
        if account_mask is not UNSET:
            field_dict["account_mask"] = account_mask
        if nickname is not UNSET:
            field_dict["nickname"] = nickname

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "provider"
            provider = src_dict["provider"]
            if type(provider) is not str and not isinstance(provider, str):
                raise TypeError(f"member 'provider': expected str, got {type(provider).__name__}")

            at = "account_type"
            account_type = src_dict["account_type"]
            if type(account_type) is not str and not isinstance(account_type, str):
                raise TypeError(f"member 'account_type': expected str, got {type(account_type).__name__}")

            at = "institution_name"
            institution_name = src_dict["institution_name"]
            if type(institution_name) is not str and not isinstance(institution_name, str):
                raise TypeError(f"member 'institution_name': expected str, got {type(institution_name).__name__}")

            at = "account_name"
            account_name = src_dict["account_name"]
            if type(account_name) is not str and not isinstance(account_name, str):
                raise TypeError(f"member 'account_name': expected str, got {type(account_name).__name__}")

            at = "account_mask"
            account_mask = src_dict.get("account_mask", ABSENT)
            if (
                type(account_mask) is not str
                and account_mask is not None
                and account_mask is not ABSENT
                and not isinstance(account_mask, str)
            ):
                raise TypeError(
                    f"member 'account_mask': expected str or None or Unset, got {type(account_mask).__name__}"
                )

            if account_mask is None:
                nulls |= 1

            at = "nickname"
            nickname = src_dict.get("nickname", ABSENT)
            if (
                type(nickname) is not str
                and nickname is not None
                and nickname is not ABSENT
                and not isinstance(nickname, str)
            ):
                raise TypeError(f"member 'nickname': expected str or None or Unset, got {type(nickname).__name__}")

            if nickname is None:
                nulls |= 2

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        transaction_account_data = object.__new__(cls)
        transaction_account_data.id = id
        transaction_account_data.provider = provider
        transaction_account_data.account_type = account_type
        transaction_account_data.institution_name = institution_name
        transaction_account_data.account_name = account_name
        transaction_account_data.account_mask = None if account_mask is ABSENT else account_mask
        transaction_account_data.nickname = None if nickname is ABSENT else nickname
        transaction_account_data._nulls = nulls
        transaction_account_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 5 + (account_mask is not ABSENT) + (nickname is not ABSENT)
            else {}
        )
        return transaction_account_data

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
