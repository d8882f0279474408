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
    from ..models.user_status_data import UserStatusData


T = TypeVar("T", bound="UserData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "first_name",
        "last_names",
        "auth_provider",
        "auth_provider_id",
        "primary_eoa_address",
        "primary_smart_wallet_address",
        "safe_creation_status",
        "email",
        "phone",
        "created_at",
        "updated_at",
        "deleted_at",
        "username",
        "did_mint_status",
        "did_token_id",
        "did_contract_address",
        "phone_verified_at",
        "current_status",
        "profile_picture_url",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class UserData(Model):
    """The user's profile: username, names, sign-in provider, wallets and status.

    Attributes:
        id: Unique id of the user.
        first_name: First name from identity verification; null until it is approved.
        last_names: Last name or names from identity verification; null until it is approved.
        auth_provider: Sign-in provider that issued the user's JWT, such as `dynamic`, `privy` or `clerk`.
        auth_provider_id: The user's id at the sign-in provider.
        primary_eoa_address: Address of the user's primary EOA; null when none is recorded.
        primary_smart_wallet_address: Address of the user's Safe smart wallet; null until it is deployed.
        safe_creation_status: State of the Safe deployment: `pending`, `processing`, `completed` or `failed`; null
            before it starts.
        email: Email address from the sign-in provider.
        phone: Verified phone number in E.164 form; null until verified.
        created_at: When the user was created (epoch ms on the wire).
        updated_at: When the user last changed (epoch ms on the wire).
        deleted_at: When the user was deleted (epoch ms on the wire).
        username: Unique username, 3 to 20 lowercase letters, digits and underscores; null before one is set.
        did_mint_status: State of the identity token (DID NFT) mint: `pending`, `processing`, `completed` or `failed`;
            null before it starts.
        did_token_id: Token id of the minted identity token (DID NFT); null until the mint completes.
        did_contract_address: Address of the identity token contract; null until the mint succeeds.
        phone_verified_at: When the phone was verified (epoch ms on the wire).
        current_status: The user's account status now; null when not given.
        profile_picture_url: Public URL of the profile picture; null when none is set.
    """

    id: str
    first_name: str | None
    last_names: str | None
    auth_provider: str
    auth_provider_id: str
    primary_eoa_address: str | None
    primary_smart_wallet_address: str | None
    safe_creation_status: str | None
    email: str
    phone: str | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    deleted_at: datetime.datetime | None
    username: str | None = None
    did_mint_status: str | None = None
    did_token_id: str | None = None
    did_contract_address: str | None = None
    phone_verified_at: datetime.datetime | None = None
    current_status: UserStatusData | None = None
    profile_picture_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "first_name",
        "last_names",
        "auth_provider",
        "auth_provider_id",
        "primary_eoa_address",
        "primary_smart_wallet_address",
        "safe_creation_status",
        "email",
        "phone",
        "created_at",
        "updated_at",
        "deleted_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "username",
        "did_mint_status",
        "did_token_id",
        "did_contract_address",
        "phone_verified_at",
        "current_status",
        "profile_picture_url",
    )

    def _json_dict(self) -> dict[str, Any]:
        from ..models.user_status_data import UserStatusData

        id = self.id

        first_name: str | None
        first_name = self.first_name

        last_names: str | None
        last_names = self.last_names

        auth_provider = self.auth_provider

        auth_provider_id = self.auth_provider_id

        primary_eoa_address: str | None
        primary_eoa_address = self.primary_eoa_address

        primary_smart_wallet_address: str | None
        primary_smart_wallet_address = self.primary_smart_wallet_address

        safe_creation_status: str | None
        safe_creation_status = self.safe_creation_status

        email = self.email

        phone: str | None
        phone = self.phone

        created_at = epoch_ms(self.created_at)

        updated_at = epoch_ms(self.updated_at)

        deleted_at: int | None
        if isinstance(self.deleted_at, datetime.datetime):
            deleted_at = epoch_ms(self.deleted_at)
        else:
            deleted_at = self.deleted_at

        _username = UNSET if self.username is None and not self._nulls & 1 else self.username
        username: str | Unset | None
        if isinstance(_username, Unset):
            username = UNSET
        else:
            username = _username

        _did_mint_status = UNSET if self.did_mint_status is None and not self._nulls & 2 else self.did_mint_status
        did_mint_status: str | Unset | None
        if isinstance(_did_mint_status, Unset):
            did_mint_status = UNSET
        else:
            did_mint_status = _did_mint_status

        _did_token_id = UNSET if self.did_token_id is None and not self._nulls & 4 else self.did_token_id
        did_token_id: str | Unset | None
        if isinstance(_did_token_id, Unset):
            did_token_id = UNSET
        else:
            did_token_id = _did_token_id

        _did_contract_address = (
            UNSET if self.did_contract_address is None and not self._nulls & 8 else self.did_contract_address
        )
        did_contract_address: str | Unset | None
        if isinstance(_did_contract_address, Unset):
            did_contract_address = UNSET
        else:
            did_contract_address = _did_contract_address

        _phone_verified_at = (
            UNSET if self.phone_verified_at is None and not self._nulls & 16 else self.phone_verified_at
        )
        phone_verified_at: int | Unset | None
        if isinstance(_phone_verified_at, Unset):
            phone_verified_at = UNSET
        elif isinstance(_phone_verified_at, datetime.datetime):
            phone_verified_at = epoch_ms(_phone_verified_at)
        else:
            phone_verified_at = _phone_verified_at

        _current_status = UNSET if self.current_status is None and not self._nulls & 32 else self.current_status
        current_status: dict[str, Any] | Unset | None
        if isinstance(_current_status, Unset):
            current_status = UNSET
        elif isinstance(_current_status, UserStatusData):
            current_status = _current_status.to_dict()
        else:
            current_status = _current_status

        _profile_picture_url = (
            UNSET if self.profile_picture_url is None and not self._nulls & 64 else self.profile_picture_url
        )
        profile_picture_url: str | Unset | None
        if isinstance(_profile_picture_url, Unset):
            profile_picture_url = UNSET
        else:
            profile_picture_url = _profile_picture_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "first_name": first_name,
                "last_names": last_names,
                "auth_provider": auth_provider,
                "auth_provider_id": auth_provider_id,
                "primary_eoa_address": primary_eoa_address,
                "primary_smart_wallet_address": primary_smart_wallet_address,
                "safe_creation_status": safe_creation_status,
                "email": email,
                "phone": phone,
                "created_at": created_at,
                "updated_at": updated_at,
                "deleted_at": deleted_at,
            }
        )
        if username is not UNSET:
            field_dict["username"] = username
        if did_mint_status is not UNSET:
            field_dict["did_mint_status"] = did_mint_status
        if did_token_id is not UNSET:
            field_dict["did_token_id"] = did_token_id
        if did_contract_address is not UNSET:
            field_dict["did_contract_address"] = did_contract_address
        if phone_verified_at is not UNSET:
            field_dict["phone_verified_at"] = phone_verified_at
        if current_status is not UNSET:
            field_dict["current_status"] = current_status
        if profile_picture_url is not UNSET:
            field_dict["profile_picture_url"] = profile_picture_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            UserStatusData = _models.UserStatusData
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "first_name"
            first_name = src_dict["first_name"]
            if type(first_name) is not str and first_name is not None and not isinstance(first_name, str):
                raise TypeError(f"member 'first_name': expected str or None, got {type(first_name).__name__}")

            at = "last_names"
            last_names = src_dict["last_names"]
            if type(last_names) is not str and last_names is not None and not isinstance(last_names, str):
                raise TypeError(f"member 'last_names': expected str or None, got {type(last_names).__name__}")

            at = "auth_provider"
            auth_provider = src_dict["auth_provider"]
            if type(auth_provider) is not str and not isinstance(auth_provider, str):
                raise TypeError(f"member 'auth_provider': expected str, got {type(auth_provider).__name__}")

            at = "auth_provider_id"
            auth_provider_id = src_dict["auth_provider_id"]
            if type(auth_provider_id) is not str and not isinstance(auth_provider_id, str):
                raise TypeError(f"member 'auth_provider_id': expected str, got {type(auth_provider_id).__name__}")

            at = "primary_eoa_address"
            primary_eoa_address = src_dict["primary_eoa_address"]
            if (
                type(primary_eoa_address) is not str
                and primary_eoa_address is not None
                and not isinstance(primary_eoa_address, str)
            ):
                raise TypeError(
                    f"member 'primary_eoa_address': expected str or None, got {type(primary_eoa_address).__name__}"
                )

            at = "primary_smart_wallet_address"
            primary_smart_wallet_address = src_dict["primary_smart_wallet_address"]
            if (
                type(primary_smart_wallet_address) is not str
                and primary_smart_wallet_address is not None
                and not isinstance(primary_smart_wallet_address, str)
            ):
                raise TypeError(
                    f"member 'primary_smart_wallet_address': expected str or None, got {type(primary_smart_wallet_address).__name__}"
                )

            at = "safe_creation_status"
            safe_creation_status = src_dict["safe_creation_status"]
            if (
                type(safe_creation_status) is not str
                and safe_creation_status is not None
                and not isinstance(safe_creation_status, str)
            ):
                raise TypeError(
                    f"member 'safe_creation_status': expected str or None, got {type(safe_creation_status).__name__}"
                )

            at = "email"
            email = src_dict["email"]
            if type(email) is not str and not isinstance(email, str):
                raise TypeError(f"member 'email': expected str, got {type(email).__name__}")

            at = "phone"
            phone = src_dict["phone"]
            if type(phone) is not str and phone is not None and not isinstance(phone, str):
                raise TypeError(f"member 'phone': expected str or None, got {type(phone).__name__}")

            at = "created_at"
            created_at = parse_timestamp(src_dict["created_at"])

            at = "updated_at"
            updated_at = parse_timestamp(src_dict["updated_at"])

            at = "deleted_at"
            deleted_at = src_dict["deleted_at"]
            if deleted_at is not None:
                if not isinstance(deleted_at, int | float | str):
                    raise TypeError("member 'deleted_at': a value of the wrong type")
                deleted_at = parse_timestamp(deleted_at)

            at = "username"
            username = src_dict.get("username", ABSENT)
            if (
                type(username) is not str
                and username is not None
                and username is not ABSENT
                and not isinstance(username, str)
            ):
                raise TypeError(f"member 'username': expected str or None or Unset, got {type(username).__name__}")

            if username is None:
                nulls |= 1

            at = "did_mint_status"
            did_mint_status = src_dict.get("did_mint_status", ABSENT)
            if (
                type(did_mint_status) is not str
                and did_mint_status is not None
                and did_mint_status is not ABSENT
                and not isinstance(did_mint_status, str)
            ):
                raise TypeError(
                    f"member 'did_mint_status': expected str or None or Unset, got {type(did_mint_status).__name__}"
                )

            if did_mint_status is None:
                nulls |= 2

            at = "did_token_id"
            did_token_id = src_dict.get("did_token_id", ABSENT)
            if (
                type(did_token_id) is not str
                and did_token_id is not None
                and did_token_id is not ABSENT
                and not isinstance(did_token_id, str)
            ):
                raise TypeError(
                    f"member 'did_token_id': expected str or None or Unset, got {type(did_token_id).__name__}"
                )

            if did_token_id is None:
                nulls |= 4

            at = "did_contract_address"
            did_contract_address = src_dict.get("did_contract_address", ABSENT)
            if (
                type(did_contract_address) is not str
                and did_contract_address is not None
                and did_contract_address is not ABSENT
                and not isinstance(did_contract_address, str)
            ):
                raise TypeError(
                    f"member 'did_contract_address': expected str or None or Unset, got {type(did_contract_address).__name__}"
                )

            if did_contract_address is None:
                nulls |= 8

            at = "phone_verified_at"
            phone_verified_at = src_dict.get("phone_verified_at", ABSENT)
            if phone_verified_at is not None and phone_verified_at is not ABSENT:
                if not isinstance(phone_verified_at, int | float | str):
                    raise TypeError("member 'phone_verified_at': a value of the wrong type")
                phone_verified_at = parse_timestamp(phone_verified_at)

            if phone_verified_at is None:
                nulls |= 16

            at = "current_status"
            current_status = src_dict.get("current_status", ABSENT)
            if current_status is not None and current_status is not ABSENT:
                if not isinstance(current_status, dict):
                    raise TypeError("member 'current_status': a value of the wrong type")
                current_status = UserStatusData.from_dict(current_status)

            if current_status is None:
                nulls |= 32

            at = "profile_picture_url"
            profile_picture_url = src_dict.get("profile_picture_url", ABSENT)
            if (
                type(profile_picture_url) is not str
                and profile_picture_url is not None
                and profile_picture_url is not ABSENT
                and not isinstance(profile_picture_url, str)
            ):
                raise TypeError(
                    f"member 'profile_picture_url': expected str or None or Unset, got {type(profile_picture_url).__name__}"
                )

            if profile_picture_url is None:
                nulls |= 64

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        user_data = object.__new__(cls)
        user_data.id = id
        user_data.first_name = first_name
        user_data.last_names = last_names
        user_data.auth_provider = auth_provider
        user_data.auth_provider_id = auth_provider_id
        user_data.primary_eoa_address = primary_eoa_address
        user_data.primary_smart_wallet_address = primary_smart_wallet_address
        user_data.safe_creation_status = safe_creation_status
        user_data.email = email
        user_data.phone = phone
        user_data.created_at = created_at
        user_data.updated_at = updated_at
        user_data.deleted_at = deleted_at
        user_data.username = None if username is ABSENT else username
        user_data.did_mint_status = None if did_mint_status is ABSENT else did_mint_status
        user_data.did_token_id = None if did_token_id is ABSENT else did_token_id
        user_data.did_contract_address = None if did_contract_address is ABSENT else did_contract_address
        user_data.phone_verified_at = None if phone_verified_at is ABSENT else phone_verified_at
        user_data.current_status = None if current_status is ABSENT else current_status
        user_data.profile_picture_url = None if profile_picture_url is ABSENT else profile_picture_url
        user_data._nulls = nulls
        user_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 13
            + (username is not ABSENT)
            + (did_mint_status is not ABSENT)
            + (did_token_id is not ABSENT)
            + (did_contract_address is not ABSENT)
            + (phone_verified_at is not ABSENT)
            + (current_status is not ABSENT)
            + (profile_picture_url is not ABSENT)
            else {}
        )
        return user_data

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
