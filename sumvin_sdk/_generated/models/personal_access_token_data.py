from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cli_pat_status import CliPatStatus
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, epoch_ms, note_failure, parse_timestamp

T = TypeVar("T", bound="PersonalAccessTokenData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "scopes",
        "status",
        "created_at",
        "expires_at",
        "last_used_at",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class PersonalAccessTokenData(Model):
    """A personal access token without its secret: name, scopes, state and dates.

    Attributes:
        id: Unique id of the personal access token.
        name: Name of the personal access token as shown to users.
        scopes: CLI scopes the token grants.
        status: `active`, `revoked` or `expired`, worked out from the token's dates.
        created_at: When the personal access token was created (epoch ms on the wire).
        expires_at: When the personal access token expires (epoch ms on the wire).
        last_used_at: When the personal access token was last used (epoch ms on the wire).
    """

    id: str
    name: str
    scopes: list[str]
    status: CliPatStatus
    created_at: datetime.datetime
    expires_at: datetime.datetime
    last_used_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
        "scopes",
        "status",
        "created_at",
        "expires_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("last_used_at",)

    def _json_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        scopes = self.scopes

        status = CliPatStatus(self.status).value

        created_at = epoch_ms(self.created_at)

        expires_at = epoch_ms(self.expires_at)

        _last_used_at = UNSET if self.last_used_at is None and not self._nulls & 1 else self.last_used_at
        last_used_at: int | Unset | None
        if isinstance(_last_used_at, Unset):
            last_used_at = UNSET
        elif isinstance(_last_used_at, datetime.datetime):
            last_used_at = epoch_ms(_last_used_at)
        else:
            last_used_at = _last_used_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "scopes": scopes,
                "status": status,
                "created_at": created_at,
                "expires_at": expires_at,
            }
        )
        if last_used_at is not UNSET:
            field_dict["last_used_at"] = last_used_at

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

            at = "name"
            name = src_dict["name"]
            if type(name) is not str and not isinstance(name, str):
                raise TypeError(f"member 'name': expected str, got {type(name).__name__}")

            at = "scopes"
            _scopes = src_dict["scopes"]
            if not isinstance(_scopes, list):
                raise TypeError(f"member 'scopes': expected a list, got {type(_scopes).__name__}")

            for scopes_item in _scopes:
                if type(scopes_item) is not str and not isinstance(scopes_item, str):
                    raise TypeError(f"member 'scopes[]': expected str, got {type(scopes_item).__name__}")

            scopes = _scopes

            at = "status"
            status = CliPatStatus.parse(src_dict["status"])

            at = "created_at"
            created_at = parse_timestamp(src_dict["created_at"])

            at = "expires_at"
            expires_at = parse_timestamp(src_dict["expires_at"])

            at = "last_used_at"
            last_used_at = src_dict.get("last_used_at", ABSENT)
            if last_used_at is not None and last_used_at is not ABSENT:
                if not isinstance(last_used_at, int | float | str):
                    raise TypeError("member 'last_used_at': a value of the wrong type")
                last_used_at = parse_timestamp(last_used_at)

            if last_used_at is None:
                nulls |= 1

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        personal_access_token_data = object.__new__(cls)
        personal_access_token_data.id = id
        personal_access_token_data.name = name
        personal_access_token_data.scopes = scopes
        personal_access_token_data.status = status
        personal_access_token_data.created_at = created_at
        personal_access_token_data.expires_at = expires_at
        personal_access_token_data.last_used_at = None if last_used_at is ABSENT else last_used_at
        personal_access_token_data._nulls = nulls
        personal_access_token_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 6 + (last_used_at is not ABSENT)
            else {}
        )
        return personal_access_token_data

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
