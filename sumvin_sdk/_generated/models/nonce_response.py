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
from ..types import PARSE_ERRORS, Model, note_failure

if TYPE_CHECKING:
    from ..models.nonce_response_links import NonceResponseLinks


T = TypeVar("T", bound="NonceResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "nonce",
        "wallet",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class NonceResponse(Model):
    """What `get_nonce` returns: a fresh nonce for a wallet to put into the next purchase intent it signs.

    Attributes:
        field_links: HAL links to this resource and to the actions available next, keyed by relation.
        nonce: Next nonce to sign a PINT with; each wallet's nonces are used once.
        wallet: The wallet address, lowercased.
    """

    field_links: NonceResponseLinks
    nonce: int
    wallet: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "nonce",
        "wallet",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        nonce = self.nonce

        wallet = self.wallet

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "nonce": nonce,
                "wallet": wallet,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            NonceResponseLinks = _models.NonceResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = NonceResponseLinks.from_dict(src_dict["_links"])

            at = "nonce"
            nonce = src_dict["nonce"]
            if type(nonce) is not int and (not isinstance(nonce, int) or isinstance(nonce, bool)):
                raise TypeError(f"member 'nonce': expected int, got {type(nonce).__name__}")

            at = "wallet"
            wallet = src_dict["wallet"]
            if type(wallet) is not str and not isinstance(wallet, str):
                raise TypeError(f"member 'wallet': expected str, got {type(wallet).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        nonce_response = object.__new__(cls)
        nonce_response.field_links = field_links
        nonce_response.nonce = nonce
        nonce_response.wallet = wallet
        nonce_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 3 else {}
        )
        return nonce_response

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
