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


T = TypeVar("T", bound="UserLinks")
_MEMBERS: frozenset[str] = frozenset(
    (
        "self",
        "wallets",
        "kyc-status",
        "kyc-token",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class UserLinks(Model):
    """Links of a user: related resources and the actions available.

    Attributes:
        self_: Link to this resource.
        wallets: Link to the user's wallets; null when not offered.
        kyc_status: Link to the identity verification status; null when not offered.
        kyc_token: Link that makes a Sumsub SDK access token; null when not offered.
    """

    self_: Link
    wallets: Link | None = None
    kyc_status: Link | None = None
    kyc_token: Link | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("self_",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "wallets",
        "kyc_status",
        "kyc_token",
    )

    def _json_dict(self) -> dict[str, Any]:
        from ..models.link import Link

        self_ = self.self_.to_dict()

        _wallets = UNSET if self.wallets is None and not self._nulls & 1 else self.wallets
        wallets: dict[str, Any] | Unset | None
        if isinstance(_wallets, Unset):
            wallets = UNSET
        elif isinstance(_wallets, Link):
            wallets = _wallets.to_dict()
        else:
            wallets = _wallets

        _kyc_status = UNSET if self.kyc_status is None and not self._nulls & 2 else self.kyc_status
        kyc_status: dict[str, Any] | Unset | None
        if isinstance(_kyc_status, Unset):
            kyc_status = UNSET
        elif isinstance(_kyc_status, Link):
            kyc_status = _kyc_status.to_dict()
        else:
            kyc_status = _kyc_status

        _kyc_token = UNSET if self.kyc_token is None and not self._nulls & 4 else self.kyc_token
        kyc_token: dict[str, Any] | Unset | None
        if isinstance(_kyc_token, Unset):
            kyc_token = UNSET
        elif isinstance(_kyc_token, Link):
            kyc_token = _kyc_token.to_dict()
        else:
            kyc_token = _kyc_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "self": self_,
            }
        )
        if wallets is not UNSET:
            field_dict["wallets"] = wallets
        if kyc_status is not UNSET:
            field_dict["kyc-status"] = kyc_status
        if kyc_token is not UNSET:
            field_dict["kyc-token"] = kyc_token

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

            at = "wallets"
            wallets = src_dict.get("wallets", ABSENT)
            if wallets is not None and wallets is not ABSENT:
                if not isinstance(wallets, dict):
                    raise TypeError("member 'wallets': a value of the wrong type")
                wallets = Link.from_dict(wallets)

            if wallets is None:
                nulls |= 1

            at = "kyc-status"
            kyc_status = src_dict.get("kyc-status", ABSENT)
            if kyc_status is not None and kyc_status is not ABSENT:
                if not isinstance(kyc_status, dict):
                    raise TypeError("member 'kyc_status': a value of the wrong type")
                kyc_status = Link.from_dict(kyc_status)

            if kyc_status is None:
                nulls |= 2

            at = "kyc-token"
            kyc_token = src_dict.get("kyc-token", ABSENT)
            if kyc_token is not None and kyc_token is not ABSENT:
                if not isinstance(kyc_token, dict):
                    raise TypeError("member 'kyc_token': a value of the wrong type")
                kyc_token = Link.from_dict(kyc_token)

            if kyc_token is None:
                nulls |= 4

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        user_links = object.__new__(cls)
        user_links.self_ = self_
        user_links.wallets = None if wallets is ABSENT else wallets
        user_links.kyc_status = None if kyc_status is ABSENT else kyc_status
        user_links.kyc_token = None if kyc_token is ABSENT else kyc_token
        user_links._nulls = nulls
        user_links.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 1 + (wallets is not ABSENT) + (kyc_status is not ABSENT) + (kyc_token is not ABSENT)
            else {}
        )
        return user_links

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
