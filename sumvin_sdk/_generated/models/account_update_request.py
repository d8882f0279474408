from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    NotRequired,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

T = TypeVar("T", bound="AccountUpdateRequest")
_MEMBERS: frozenset[str] = frozenset(
    (
        "nickname",
        "is_primary",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class AccountUpdateRequest(Model):
    """Body of `update_account`, which changes a linked account's editable settings, such as its nickname.

    Attributes:
        nickname: Name the user gave the account update.
        is_primary: `True` to make this the user's primary account; omit to leave it as it is.
    """

    nickname: str | Unset | None = UNSET
    is_primary: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "nickname",
        "is_primary",
    )
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        nickname: str | Unset | None
        if isinstance(self.nickname, Unset):
            nickname = UNSET
        else:
            nickname = self.nickname

        is_primary: bool | Unset | None
        if isinstance(self.is_primary, Unset):
            is_primary = UNSET
        else:
            is_primary = self.is_primary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if is_primary is not UNSET:
            field_dict["is_primary"] = is_primary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "nickname"
            nickname = src_dict.get("nickname", ABSENT)
            if (
                type(nickname) is not str
                and nickname is not None
                and nickname is not ABSENT
                and not isinstance(nickname, str)
            ):
                raise TypeError(f"member 'nickname': expected str or None or Unset, got {type(nickname).__name__}")

            at = "is_primary"
            is_primary = src_dict.get("is_primary", ABSENT)
            if (
                type(is_primary) is not bool
                and is_primary is not None
                and is_primary is not ABSENT
                and not isinstance(is_primary, bool)
            ):
                raise TypeError(f"member 'is_primary': expected bool or None or Unset, got {type(is_primary).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        account_update_request = object.__new__(cls)
        account_update_request.nickname = nickname
        account_update_request.is_primary = is_primary
        account_update_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 0 + (nickname is not ABSENT) + (is_primary is not ABSENT)
            else {}
        )
        return account_update_request

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


class AccountUpdateRequestDict(TypedDict):
    """``AccountUpdateRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    nickname: NotRequired[str | None]
    is_primary: NotRequired[bool | None]
