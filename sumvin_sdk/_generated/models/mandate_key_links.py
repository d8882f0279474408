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


T = TypeVar("T", bound="MandateKeyLinks")
_MEMBERS: frozenset[str] = frozenset(
    (
        "self",
        "wallet",
        "share",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class MandateKeyLinks(Model):
    """Links of a mandate key: related resources and the actions available.

    Attributes:
        self_: Link to this resource.
        wallet: Link to bind the browser-made wallet as the mandate key; null when not offered.
        share: Link to fetch the bound wallet's encrypted share; null until a wallet is bound.
    """

    self_: Link
    wallet: Link | None = None
    share: Link | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("self_",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "wallet",
        "share",
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

        _share = UNSET if self.share is None and not self._nulls & 2 else self.share
        share: dict[str, Any] | Unset | None
        if isinstance(_share, Unset):
            share = UNSET
        elif isinstance(_share, Link):
            share = _share.to_dict()
        else:
            share = _share

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "self": self_,
            }
        )
        if wallet is not UNSET:
            field_dict["wallet"] = wallet
        if share is not UNSET:
            field_dict["share"] = share

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

            at = "share"
            share = src_dict.get("share", ABSENT)
            if share is not None and share is not ABSENT:
                if not isinstance(share, dict):
                    raise TypeError("member 'share': a value of the wrong type")
                share = Link.from_dict(share)

            if share is None:
                nulls |= 2

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        mandate_key_links = object.__new__(cls)
        mandate_key_links.self_ = self_
        mandate_key_links.wallet = None if wallet is ABSENT else wallet
        mandate_key_links.share = None if share is ABSENT else share
        mandate_key_links._nulls = nulls
        mandate_key_links.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 1 + (wallet is not ABSENT) + (share is not ABSENT)
            else {}
        )
        return mandate_key_links

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
