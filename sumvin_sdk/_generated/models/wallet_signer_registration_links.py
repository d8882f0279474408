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


T = TypeVar("T", bound="WalletSignerRegistrationLinks")
_MEMBERS: frozenset[str] = frozenset(
    (
        "self",
        "signer-status",
        "wallet",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class WalletSignerRegistrationLinks(Model):
    """Links of a wallet signer registration: related resources and the actions available.

    Attributes:
        self_: Link to this resource.
        signer_status: Link to the registration's state, to poll until it settles; null when not offered.
        wallet: Link to the Safe the signer is being added to; null when not offered.
    """

    self_: Link
    signer_status: Link | None = None
    wallet: Link | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("self_",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "signer_status",
        "wallet",
    )

    def _json_dict(self) -> dict[str, Any]:
        from ..models.link import Link

        self_ = self.self_.to_dict()

        _signer_status = UNSET if self.signer_status is None and not self._nulls & 1 else self.signer_status
        signer_status: dict[str, Any] | Unset | None
        if isinstance(_signer_status, Unset):
            signer_status = UNSET
        elif isinstance(_signer_status, Link):
            signer_status = _signer_status.to_dict()
        else:
            signer_status = _signer_status

        _wallet = UNSET if self.wallet is None and not self._nulls & 2 else self.wallet
        wallet: dict[str, Any] | Unset | None
        if isinstance(_wallet, Unset):
            wallet = UNSET
        elif isinstance(_wallet, Link):
            wallet = _wallet.to_dict()
        else:
            wallet = _wallet

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "self": self_,
            }
        )
        if signer_status is not UNSET:
            field_dict["signer-status"] = signer_status
        if wallet is not UNSET:
            field_dict["wallet"] = wallet

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

            at = "signer-status"
            signer_status = src_dict.get("signer-status", ABSENT)
            if signer_status is not None and signer_status is not ABSENT:
                if not isinstance(signer_status, dict):
                    raise TypeError("member 'signer_status': a value of the wrong type")
                signer_status = Link.from_dict(signer_status)

            if signer_status is None:
                nulls |= 1

            at = "wallet"
            wallet = src_dict.get("wallet", ABSENT)
            if wallet is not None and wallet is not ABSENT:
                if not isinstance(wallet, dict):
                    raise TypeError("member 'wallet': a value of the wrong type")
                wallet = Link.from_dict(wallet)

            if wallet is None:
                nulls |= 2

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        wallet_signer_registration_links = object.__new__(cls)
        wallet_signer_registration_links.self_ = self_
        wallet_signer_registration_links.signer_status = None if signer_status is ABSENT else signer_status
        wallet_signer_registration_links.wallet = None if wallet is ABSENT else wallet
        wallet_signer_registration_links._nulls = nulls
        wallet_signer_registration_links.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 1 + (signer_status is not ABSENT) + (wallet is not ABSENT)
            else {}
        )
        return wallet_signer_registration_links

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
