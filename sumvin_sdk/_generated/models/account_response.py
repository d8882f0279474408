from __future__ import annotations

import datetime
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
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, epoch_ms, note_failure, parse_timestamp

if TYPE_CHECKING:
    from ..models.account_response_links import AccountResponseLinks


T = TypeVar("T", bound="AccountResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "id",
        "provider",
        "account_type",
        "status",
        "institution_name",
        "account_name",
        "is_primary",
        "balance_currency",
        "created_at",
        "institution_logo_url",
        "account_mask",
        "nickname",
        "balance_current",
        "balance_available",
        "balance_updated_at",
        "consent_expires_at",
        "last_synced_at",
        "connection_id",
        "verification_status",
        "sync_event_id",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class AccountResponse(Model):
    """What `get_account`, `update_account` and `sync_account` return: an account.

    Attributes:
        field_links: HAL links to this resource and to the actions available next, keyed by relation.
        id: Unique id of the account.
        provider: Provider that serves the account.
        account_type: Kind of account at the institution, such as `checking`, `savings` or `credit_card`.
        status: Whether the link to the account works, as the provider reports it.
        institution_name: Name of the bank or institution holding the account.
        account_name: Name the institution gives the account.
        is_primary: True for the account the user marked as primary.
        balance_currency: Currency of the balances (ISO 4217 code, such as USD).
        created_at: When the account was created (epoch ms on the wire).
        institution_logo_url: Logo of the institution, as an image URL; null when the provider has none.
        account_mask: Last digits of the account number, for telling accounts apart; null when unknown.
        nickname: Name the user gave the account.
        balance_current: Current (ledger) balance as a decimal string; null until the provider reports it.
        balance_available: Balance available to spend, as a decimal string; null when the provider does not report it.
        balance_updated_at: When the balance was updated (epoch ms on the wire).
        consent_expires_at: When the consent expires (epoch ms on the wire).
        last_synced_at: When the account was last synced (epoch ms on the wire).
        connection_id: Id of the bank connection the account was linked through; null when it has none.
        verification_status: Provider's check that the user owns the account; null before one ran.
        sync_event_id: Id of the sync that `sync_account` started, for tracking it; null when no sync was started.
    """

    field_links: AccountResponseLinks
    id: str
    provider: str
    account_type: str
    status: str
    institution_name: str
    account_name: str
    is_primary: bool
    balance_currency: str
    created_at: datetime.datetime
    institution_logo_url: str | None = None
    account_mask: str | None = None
    nickname: str | None = None
    balance_current: str | None = None
    balance_available: str | None = None
    balance_updated_at: datetime.datetime | None = None
    consent_expires_at: datetime.datetime | None = None
    last_synced_at: datetime.datetime | None = None
    connection_id: str | None = None
    verification_status: str | None = None
    sync_event_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "id",
        "provider",
        "account_type",
        "status",
        "institution_name",
        "account_name",
        "is_primary",
        "balance_currency",
        "created_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "institution_logo_url",
        "account_mask",
        "nickname",
        "balance_current",
        "balance_available",
        "balance_updated_at",
        "consent_expires_at",
        "last_synced_at",
        "connection_id",
        "verification_status",
        "sync_event_id",
    )

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        id = self.id

        provider = self.provider

        account_type = self.account_type

        status = self.status

        institution_name = self.institution_name

        account_name = self.account_name

        is_primary = self.is_primary

        balance_currency = self.balance_currency

        created_at = epoch_ms(self.created_at)

        _institution_logo_url = (
            UNSET if self.institution_logo_url is None and not self._nulls & 1 else self.institution_logo_url
        )
        institution_logo_url: str | Unset | None
        if isinstance(_institution_logo_url, Unset):
            institution_logo_url = UNSET
        else:
            institution_logo_url = _institution_logo_url

        _account_mask = UNSET if self.account_mask is None and not self._nulls & 2 else self.account_mask
        account_mask: str | Unset | None
        if isinstance(_account_mask, Unset):
            account_mask = UNSET
        else:
            account_mask = _account_mask

        _nickname = UNSET if self.nickname is None and not self._nulls & 4 else self.nickname
        nickname: str | Unset | None
        if isinstance(_nickname, Unset):
            nickname = UNSET
        else:
            nickname = _nickname

        _balance_current = UNSET if self.balance_current is None and not self._nulls & 8 else self.balance_current
        balance_current: str | Unset | None
        if isinstance(_balance_current, Unset):
            balance_current = UNSET
        else:
            balance_current = _balance_current

        _balance_available = (
            UNSET if self.balance_available is None and not self._nulls & 16 else self.balance_available
        )
        balance_available: str | Unset | None
        if isinstance(_balance_available, Unset):
            balance_available = UNSET
        else:
            balance_available = _balance_available

        _balance_updated_at = (
            UNSET if self.balance_updated_at is None and not self._nulls & 32 else self.balance_updated_at
        )
        balance_updated_at: int | Unset | None
        if isinstance(_balance_updated_at, Unset):
            balance_updated_at = UNSET
        elif isinstance(_balance_updated_at, datetime.datetime):
            balance_updated_at = epoch_ms(_balance_updated_at)
        else:
            balance_updated_at = _balance_updated_at

        _consent_expires_at = (
            UNSET if self.consent_expires_at is None and not self._nulls & 64 else self.consent_expires_at
        )
        consent_expires_at: int | Unset | None
        if isinstance(_consent_expires_at, Unset):
            consent_expires_at = UNSET
        elif isinstance(_consent_expires_at, datetime.datetime):
            consent_expires_at = epoch_ms(_consent_expires_at)
        else:
            consent_expires_at = _consent_expires_at

        _last_synced_at = UNSET if self.last_synced_at is None and not self._nulls & 128 else self.last_synced_at
        last_synced_at: int | Unset | None
        if isinstance(_last_synced_at, Unset):
            last_synced_at = UNSET
        elif isinstance(_last_synced_at, datetime.datetime):
            last_synced_at = epoch_ms(_last_synced_at)
        else:
            last_synced_at = _last_synced_at

        _connection_id = UNSET if self.connection_id is None and not self._nulls & 256 else self.connection_id
        connection_id: str | Unset | None
        if isinstance(_connection_id, Unset):
            connection_id = UNSET
        else:
            connection_id = _connection_id

        _verification_status = (
            UNSET if self.verification_status is None and not self._nulls & 512 else self.verification_status
        )
        verification_status: str | Unset | None
        if isinstance(_verification_status, Unset):
            verification_status = UNSET
        else:
            verification_status = _verification_status

        _sync_event_id = UNSET if self.sync_event_id is None and not self._nulls & 1024 else self.sync_event_id
        sync_event_id: str | Unset | None
        if isinstance(_sync_event_id, Unset):
            sync_event_id = UNSET
        else:
            sync_event_id = _sync_event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "id": id,
                "provider": provider,
                "account_type": account_type,
                "status": status,
                "institution_name": institution_name,
                "account_name": account_name,
                "is_primary": is_primary,
                "balance_currency": balance_currency,
                "created_at": created_at,
            }
        )
        if institution_logo_url is not UNSET:
            field_dict["institution_logo_url"] = institution_logo_url
        if account_mask is not UNSET:
            field_dict["account_mask"] = account_mask
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if balance_current is not UNSET:
            field_dict["balance_current"] = balance_current
        if balance_available is not UNSET:
            field_dict["balance_available"] = balance_available
        if balance_updated_at is not UNSET:
            field_dict["balance_updated_at"] = balance_updated_at
        if consent_expires_at is not UNSET:
            field_dict["consent_expires_at"] = consent_expires_at
        if last_synced_at is not UNSET:
            field_dict["last_synced_at"] = last_synced_at
        if connection_id is not UNSET:
            field_dict["connection_id"] = connection_id
        if verification_status is not UNSET:
            field_dict["verification_status"] = verification_status
        if sync_event_id is not UNSET:
            field_dict["sync_event_id"] = sync_event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            AccountResponseLinks = _models.AccountResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "_links"
            field_links = AccountResponseLinks.from_dict(src_dict["_links"])

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

            at = "status"
            status = src_dict["status"]
            if type(status) is not str and not isinstance(status, str):
                raise TypeError(f"member 'status': expected str, got {type(status).__name__}")

            at = "institution_name"
            institution_name = src_dict["institution_name"]
            if type(institution_name) is not str and not isinstance(institution_name, str):
                raise TypeError(f"member 'institution_name': expected str, got {type(institution_name).__name__}")

            at = "account_name"
            account_name = src_dict["account_name"]
            if type(account_name) is not str and not isinstance(account_name, str):
                raise TypeError(f"member 'account_name': expected str, got {type(account_name).__name__}")

            at = "is_primary"
            is_primary = src_dict["is_primary"]
            if type(is_primary) is not bool and not isinstance(is_primary, bool):
                raise TypeError(f"member 'is_primary': expected bool, got {type(is_primary).__name__}")

            at = "balance_currency"
            balance_currency = src_dict["balance_currency"]
            if type(balance_currency) is not str and not isinstance(balance_currency, str):
                raise TypeError(f"member 'balance_currency': expected str, got {type(balance_currency).__name__}")

            at = "created_at"
            created_at = parse_timestamp(src_dict["created_at"])

            at = "institution_logo_url"
            institution_logo_url = src_dict.get("institution_logo_url", ABSENT)
            if (
                type(institution_logo_url) is not str
                and institution_logo_url is not None
                and institution_logo_url is not ABSENT
                and not isinstance(institution_logo_url, str)
            ):
                raise TypeError(
                    f"member 'institution_logo_url': expected str or None or Unset, got {type(institution_logo_url).__name__}"
                )

            if institution_logo_url is None:
                nulls |= 1

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
                nulls |= 2

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
                nulls |= 4

            at = "balance_current"
            balance_current = src_dict.get("balance_current", ABSENT)
            if (
                type(balance_current) is not str
                and balance_current is not None
                and balance_current is not ABSENT
                and not isinstance(balance_current, str)
            ):
                raise TypeError(
                    f"member 'balance_current': expected str or None or Unset, got {type(balance_current).__name__}"
                )

            if balance_current is None:
                nulls |= 8

            at = "balance_available"
            balance_available = src_dict.get("balance_available", ABSENT)
            if (
                type(balance_available) is not str
                and balance_available is not None
                and balance_available is not ABSENT
                and not isinstance(balance_available, str)
            ):
                raise TypeError(
                    f"member 'balance_available': expected str or None or Unset, got {type(balance_available).__name__}"
                )

            if balance_available is None:
                nulls |= 16

            at = "balance_updated_at"
            balance_updated_at = src_dict.get("balance_updated_at", ABSENT)
            if balance_updated_at is not None and balance_updated_at is not ABSENT:
                if not isinstance(balance_updated_at, int | float | str):
                    raise TypeError("member 'balance_updated_at': a value of the wrong type")
                balance_updated_at = parse_timestamp(balance_updated_at)

            if balance_updated_at is None:
                nulls |= 32

            at = "consent_expires_at"
            consent_expires_at = src_dict.get("consent_expires_at", ABSENT)
            if consent_expires_at is not None and consent_expires_at is not ABSENT:
                if not isinstance(consent_expires_at, int | float | str):
                    raise TypeError("member 'consent_expires_at': a value of the wrong type")
                consent_expires_at = parse_timestamp(consent_expires_at)

            if consent_expires_at is None:
                nulls |= 64

            at = "last_synced_at"
            last_synced_at = src_dict.get("last_synced_at", ABSENT)
            if last_synced_at is not None and last_synced_at is not ABSENT:
                if not isinstance(last_synced_at, int | float | str):
                    raise TypeError("member 'last_synced_at': a value of the wrong type")
                last_synced_at = parse_timestamp(last_synced_at)

            if last_synced_at is None:
                nulls |= 128

            at = "connection_id"
            connection_id = src_dict.get("connection_id", ABSENT)
            if (
                type(connection_id) is not str
                and connection_id is not None
                and connection_id is not ABSENT
                and not isinstance(connection_id, str)
            ):
                raise TypeError(
                    f"member 'connection_id': expected str or None or Unset, got {type(connection_id).__name__}"
                )

            if connection_id is None:
                nulls |= 256

            at = "verification_status"
            verification_status = src_dict.get("verification_status", ABSENT)
            if (
                type(verification_status) is not str
                and verification_status is not None
                and verification_status is not ABSENT
                and not isinstance(verification_status, str)
            ):
                raise TypeError(
                    f"member 'verification_status': expected str or None or Unset, got {type(verification_status).__name__}"
                )

            if verification_status is None:
                nulls |= 512

            at = "sync_event_id"
            sync_event_id = src_dict.get("sync_event_id", ABSENT)
            if (
                type(sync_event_id) is not str
                and sync_event_id is not None
                and sync_event_id is not ABSENT
                and not isinstance(sync_event_id, str)
            ):
                raise TypeError(
                    f"member 'sync_event_id': expected str or None or Unset, got {type(sync_event_id).__name__}"
                )

            if sync_event_id is None:
                nulls |= 1024

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        account_response = object.__new__(cls)
        account_response.field_links = field_links
        account_response.id = id
        account_response.provider = provider
        account_response.account_type = account_type
        account_response.status = status
        account_response.institution_name = institution_name
        account_response.account_name = account_name
        account_response.is_primary = is_primary
        account_response.balance_currency = balance_currency
        account_response.created_at = created_at
        account_response.institution_logo_url = None if institution_logo_url is ABSENT else institution_logo_url
        account_response.account_mask = None if account_mask is ABSENT else account_mask
        account_response.nickname = None if nickname is ABSENT else nickname
        account_response.balance_current = None if balance_current is ABSENT else balance_current
        account_response.balance_available = None if balance_available is ABSENT else balance_available
        account_response.balance_updated_at = None if balance_updated_at is ABSENT else balance_updated_at
        account_response.consent_expires_at = None if consent_expires_at is ABSENT else consent_expires_at
        account_response.last_synced_at = None if last_synced_at is ABSENT else last_synced_at
        account_response.connection_id = None if connection_id is ABSENT else connection_id
        account_response.verification_status = None if verification_status is ABSENT else verification_status
        account_response.sync_event_id = None if sync_event_id is ABSENT else sync_event_id
        account_response._nulls = nulls
        account_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 10
            + (institution_logo_url is not ABSENT)
            + (account_mask is not ABSENT)
            + (nickname is not ABSENT)
            + (balance_current is not ABSENT)
            + (balance_available is not ABSENT)
            + (balance_updated_at is not ABSENT)
            + (consent_expires_at is not ABSENT)
            + (last_synced_at is not ABSENT)
            + (connection_id is not ABSENT)
            + (verification_status is not ABSENT)
            + (sync_event_id is not ABSENT)
            else {}
        )
        return account_response

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
