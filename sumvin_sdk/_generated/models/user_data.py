from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Model, Unset, epoch_ms, parse_timestamp

if TYPE_CHECKING:
    from ..models.user_status_data import UserStatusData


T = TypeVar("T", bound="UserData")


@_attrs_define(repr=False)
class UserData(Model):
    """A user data, as part of `CreateUserResponse`, `GetUserResponse`.

    Attributes:
        id: Unique id of the user.
        first_name: First name of the user.
        last_names: Last names of the user.
        auth_provider: Auth provider of the user.
        auth_provider_id: Id of the related auth provider.
        primary_eoa_address: Primary eoa address of the user.
        primary_smart_wallet_address: Primary smart wallet address of the user.
        safe_creation_status: Safe creation status of the user.
        email: Email of the user.
        phone: Phone of the user.
        created_at: When the user was created.
        updated_at: When the user last changed.
        deleted_at: When the user was deleted.
        username: Username of the user.
        did_mint_status: Did mint status of the user.
        did_token_id: Id of the related DID token.
        did_contract_address: Did contract address of the user.
        phone_verified_at: When the phone was verified.
        current_status: Current status of the user.
        profile_picture_url: URL of the profile picture.
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
        d = dict(src_dict)
        nulls = 0
        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

        first_name: str | None = d.pop("first_name")
        if first_name is not None and not isinstance(first_name, str):
            raise TypeError(f"member 'first_name': expected str or None, got {type(first_name).__name__}")

        last_names: str | None = d.pop("last_names")
        if last_names is not None and not isinstance(last_names, str):
            raise TypeError(f"member 'last_names': expected str or None, got {type(last_names).__name__}")

        auth_provider = d.pop("auth_provider")
        if not isinstance(auth_provider, str):
            raise TypeError(f"member 'auth_provider': expected str, got {type(auth_provider).__name__}")

        auth_provider_id = d.pop("auth_provider_id")
        if not isinstance(auth_provider_id, str):
            raise TypeError(f"member 'auth_provider_id': expected str, got {type(auth_provider_id).__name__}")

        primary_eoa_address: str | None = d.pop("primary_eoa_address")
        if primary_eoa_address is not None and not isinstance(primary_eoa_address, str):
            raise TypeError(
                f"member 'primary_eoa_address': expected str or None, got {type(primary_eoa_address).__name__}"
            )

        primary_smart_wallet_address: str | None = d.pop("primary_smart_wallet_address")
        if primary_smart_wallet_address is not None and not isinstance(primary_smart_wallet_address, str):
            raise TypeError(
                f"member 'primary_smart_wallet_address': expected str or None, got {type(primary_smart_wallet_address).__name__}"
            )

        safe_creation_status: str | None = d.pop("safe_creation_status")
        if safe_creation_status is not None and not isinstance(safe_creation_status, str):
            raise TypeError(
                f"member 'safe_creation_status': expected str or None, got {type(safe_creation_status).__name__}"
            )

        email = d.pop("email")
        if not isinstance(email, str):
            raise TypeError(f"member 'email': expected str, got {type(email).__name__}")

        phone: str | None = d.pop("phone")
        if phone is not None and not isinstance(phone, str):
            raise TypeError(f"member 'phone': expected str or None, got {type(phone).__name__}")

        created_at = parse_timestamp(d.pop("created_at"))

        updated_at = parse_timestamp(d.pop("updated_at"))

        def _parse_deleted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if not isinstance(data, int | float | str):
                raise TypeError()
            deleted_at_type_0 = parse_timestamp(data)

            return deleted_at_type_0

        deleted_at = _parse_deleted_at(d.pop("deleted_at"))

        username: str | Unset | None = d.pop("username", UNSET)
        if username is not None and not isinstance(username, Unset) and not isinstance(username, str):
            raise TypeError(f"member 'username': expected str or None or Unset, got {type(username).__name__}")

        if username is None:
            nulls |= 1

        did_mint_status: str | Unset | None = d.pop("did_mint_status", UNSET)
        if (
            did_mint_status is not None
            and not isinstance(did_mint_status, Unset)
            and not isinstance(did_mint_status, str)
        ):
            raise TypeError(
                f"member 'did_mint_status': expected str or None or Unset, got {type(did_mint_status).__name__}"
            )

        if did_mint_status is None:
            nulls |= 2

        did_token_id: str | Unset | None = d.pop("did_token_id", UNSET)
        if did_token_id is not None and not isinstance(did_token_id, Unset) and not isinstance(did_token_id, str):
            raise TypeError(f"member 'did_token_id': expected str or None or Unset, got {type(did_token_id).__name__}")

        if did_token_id is None:
            nulls |= 4

        did_contract_address: str | Unset | None = d.pop("did_contract_address", UNSET)
        if (
            did_contract_address is not None
            and not isinstance(did_contract_address, Unset)
            and not isinstance(did_contract_address, str)
        ):
            raise TypeError(
                f"member 'did_contract_address': expected str or None or Unset, got {type(did_contract_address).__name__}"
            )

        if did_contract_address is None:
            nulls |= 8

        def _parse_phone_verified_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, int | float | str):
                raise TypeError()
            phone_verified_at_type_0 = parse_timestamp(data)

            return phone_verified_at_type_0

        phone_verified_at = _parse_phone_verified_at(d.pop("phone_verified_at", UNSET))

        if phone_verified_at is None:
            nulls |= 16

        def _parse_current_status(data: object) -> Unset | UserStatusData | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            current_status_type_0 = UserStatusData.from_dict(data)

            return current_status_type_0

        current_status = _parse_current_status(d.pop("current_status", UNSET))

        if current_status is None:
            nulls |= 32

        profile_picture_url: str | Unset | None = d.pop("profile_picture_url", UNSET)
        if (
            profile_picture_url is not None
            and not isinstance(profile_picture_url, Unset)
            and not isinstance(profile_picture_url, str)
        ):
            raise TypeError(
                f"member 'profile_picture_url': expected str or None or Unset, got {type(profile_picture_url).__name__}"
            )

        if profile_picture_url is None:
            nulls |= 64

        user_data = cls(
            id=id,
            first_name=first_name,
            last_names=last_names,
            auth_provider=auth_provider,
            auth_provider_id=auth_provider_id,
            primary_eoa_address=primary_eoa_address,
            primary_smart_wallet_address=primary_smart_wallet_address,
            safe_creation_status=safe_creation_status,
            email=email,
            phone=phone,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
            username=None if isinstance(username, Unset) else username,
            did_mint_status=None if isinstance(did_mint_status, Unset) else did_mint_status,
            did_token_id=None if isinstance(did_token_id, Unset) else did_token_id,
            did_contract_address=None if isinstance(did_contract_address, Unset) else did_contract_address,
            phone_verified_at=None if isinstance(phone_verified_at, Unset) else phone_verified_at,
            current_status=None if isinstance(current_status, Unset) else current_status,
            profile_picture_url=None if isinstance(profile_picture_url, Unset) else profile_picture_url,
        )

        user_data._nulls = nulls

        user_data.additional_properties = d
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
