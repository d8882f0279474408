from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="UserLinks")


@_attrs_define
class UserLinks:
    """A user links.

    Attributes:
        self_ (Link): A link.
        wallets (Link | None | Unset): Wallets of the user links.
        kyc_status (Link | None | Unset): Kyc status of the user links.
        kyc_token (Link | None | Unset): Kyc token of the user links.
    """

    self_: Link
    wallets: Link | Unset | None = UNSET
    kyc_status: Link | Unset | None = UNSET
    kyc_token: Link | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.link import Link

        self_ = self.self_.to_dict()

        wallets: dict[str, Any] | Unset | None
        if isinstance(self.wallets, Unset):
            wallets = UNSET
        elif isinstance(self.wallets, Link):
            wallets = self.wallets.to_dict()
        else:
            wallets = self.wallets

        kyc_status: dict[str, Any] | Unset | None
        if isinstance(self.kyc_status, Unset):
            kyc_status = UNSET
        elif isinstance(self.kyc_status, Link):
            kyc_status = self.kyc_status.to_dict()
        else:
            kyc_status = self.kyc_status

        kyc_token: dict[str, Any] | Unset | None
        if isinstance(self.kyc_token, Unset):
            kyc_token = UNSET
        elif isinstance(self.kyc_token, Link):
            kyc_token = self.kyc_token.to_dict()
        else:
            kyc_token = self.kyc_token

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
        d = dict(src_dict)
        self_ = Link.from_dict(d.pop("self"))

        def _parse_wallets(data: object) -> Link | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            wallets_type_0 = Link.from_dict(data)

            return wallets_type_0

        wallets = _parse_wallets(d.pop("wallets", UNSET))

        def _parse_kyc_status(data: object) -> Link | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            kyc_status_type_0 = Link.from_dict(data)

            return kyc_status_type_0

        kyc_status = _parse_kyc_status(d.pop("kyc-status", UNSET))

        def _parse_kyc_token(data: object) -> Link | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            kyc_token_type_0 = Link.from_dict(data)

            return kyc_token_type_0

        kyc_token = _parse_kyc_token(d.pop("kyc-token", UNSET))

        user_links = cls(
            self_=self_,
            wallets=wallets,
            kyc_status=kyc_status,
            kyc_token=kyc_token,
        )

        user_links.additional_properties = d
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
