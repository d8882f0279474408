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
from ..types import PARSE_ERRORS, Model, epoch_ms, note_failure, parse_timestamp

if TYPE_CHECKING:
    from ..models.mandate_key_wallet_links import MandateKeyWalletLinks


T = TypeVar("T", bound="MandateKeyWalletResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "wallet_id",
        "wallet_address",
        "bound_at",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class MandateKeyWalletResponse(Model):
    """What `put_mandate_key_wallet` returns; it binds the browser-made wallet as the user's mandate key and stores its
    encrypted share; 201 when bound, 200 when this exact request was already applied.

        Example:
            {'_links': {'mandate-key': {'href': '/v0/user/me/mandate-key', 'method': 'GET'}, 'self': {'href':
                '/v0/user/me/mandate-key/share', 'method': 'GET'}, 'wallet': {'href': '/v0/user/me/mandate-key/wallet',
                'method': 'PUT'}}, 'bound_at': 1758571200000, 'wallet_address': '0x9f2C4E1a7B3D5c8E0f6a2b4d8C1e3F5A7B9d0c2e',
                'wallet_id': '0f8e2a64-6c1b-4f27-9a53-2d7b1c9e4a10'}

        Attributes:
            field_links: Links to bind the wallet again (safe to repeat) and to the mandate key setup state.
            wallet_id: The wallet provider's id of the wallet.
            wallet_address: EVM address of the wallet, checksummed.
            bound_at: Time of the mandate key wallet's bound (epoch ms on the wire).
    """

    field_links: MandateKeyWalletLinks
    wallet_id: str
    wallet_address: str
    bound_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "wallet_id",
        "wallet_address",
        "bound_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        wallet_id = self.wallet_id

        wallet_address = self.wallet_address

        bound_at = epoch_ms(self.bound_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "wallet_id": wallet_id,
                "wallet_address": wallet_address,
                "bound_at": bound_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            MandateKeyWalletLinks = _models.MandateKeyWalletLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = MandateKeyWalletLinks.from_dict(src_dict["_links"])

            at = "wallet_id"
            wallet_id = src_dict["wallet_id"]
            if type(wallet_id) is not str and not isinstance(wallet_id, str):
                raise TypeError(f"member 'wallet_id': expected str, got {type(wallet_id).__name__}")

            at = "wallet_address"
            wallet_address = src_dict["wallet_address"]
            if type(wallet_address) is not str and not isinstance(wallet_address, str):
                raise TypeError(f"member 'wallet_address': expected str, got {type(wallet_address).__name__}")

            at = "bound_at"
            bound_at = parse_timestamp(src_dict["bound_at"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        mandate_key_wallet_response = object.__new__(cls)
        mandate_key_wallet_response.field_links = field_links
        mandate_key_wallet_response.wallet_id = wallet_id
        mandate_key_wallet_response.wallet_address = wallet_address
        mandate_key_wallet_response.bound_at = bound_at
        mandate_key_wallet_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 4 else {}
        )
        return mandate_key_wallet_response

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
