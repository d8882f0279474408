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


T = TypeVar("T", bound="MandateKeyWalletLinks")
_MEMBERS: frozenset[str] = frozenset(
    (
        "self",
        "wallet",
        "mandate-key",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class MandateKeyWalletLinks(Model):
    """Links of a mandate key wallet: related resources and the actions available.

    Attributes:
        self_: Link to this resource.
        wallet: Link to bind the wallet; sending the same request again is safe; null when not offered.
        mandate_key: Link to check how far the mandate key setup has got; null when not offered.
    """

    self_: Link
    wallet: Link | None = None
    mandate_key: Link | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("self_",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "wallet",
        "mandate_key",
    )

    def _json_dict(self) -> dict[str, Any]:
        from ..models.link import Link

        self_ = self.self_.to_dict()

        _wallet = UNSET if self.wallet is None and not self._nulls & 1 else self.wallet
        wallet: dict[str, Any] | Unset | None
        if isinstance(_wallet, Unset):
            wallet = UNSET
        elif isinstance(_wallet, Link):
            wallet = _wallet.to_dict()
        else:
            wallet = _wallet

        _mandate_key = UNSET if self.mandate_key is None and not self._nulls & 2 else self.mandate_key
        mandate_key: dict[str, Any] | Unset | None
        if isinstance(_mandate_key, Unset):
            mandate_key = UNSET
        elif isinstance(_mandate_key, Link):
            mandate_key = _mandate_key.to_dict()
        else:
            mandate_key = _mandate_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "self": self_,
            }
        )
        if wallet is not UNSET:
            field_dict["wallet"] = wallet
        if mandate_key is not UNSET:
            field_dict["mandate-key"] = mandate_key

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

            at = "wallet"
            wallet = src_dict.get("wallet", ABSENT)
            if wallet is not None and wallet is not ABSENT:
                if not isinstance(wallet, dict):
                    raise TypeError("member 'wallet': a value of the wrong type")
                wallet = Link.from_dict(wallet)

            if wallet is None:
                nulls |= 1

            at = "mandate-key"
            mandate_key = src_dict.get("mandate-key", ABSENT)
            if mandate_key is not None and mandate_key is not ABSENT:
                if not isinstance(mandate_key, dict):
                    raise TypeError("member 'mandate_key': a value of the wrong type")
                mandate_key = Link.from_dict(mandate_key)

            if mandate_key is None:
                nulls |= 2

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        mandate_key_wallet_links = object.__new__(cls)
        mandate_key_wallet_links.self_ = self_
        mandate_key_wallet_links.wallet = None if wallet is ABSENT else wallet
        mandate_key_wallet_links.mandate_key = None if mandate_key is ABSENT else mandate_key
        mandate_key_wallet_links._nulls = nulls
        mandate_key_wallet_links.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 1 + (wallet is not ABSENT) + (mandate_key is not ABSENT)
            else {}
        )
        return mandate_key_wallet_links

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
