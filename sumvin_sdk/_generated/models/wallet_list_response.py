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
    from ..models.wallet_data import WalletData
    from ..models.wallet_list_links import WalletListLinks


T = TypeVar("T", bound="WalletListResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "wallets",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class WalletListResponse(Model):
    """What `list_wallets` returns; it lists the user's wallets, optionally filtered by chain or by whether they are plain
    EOAs.

        Example:
            {'_links': {'self': {'href': '/v0/wallets'}, 'user': {'href': '/v0/user/me'}}, 'wallets': [{'address':
                '0x742d35Cc6634C0532925a3b844Bc9e7595f2bD78', 'chain_id': 1329, 'id': 'wal-a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4',
                'is_eoa': True, 'is_primary': True}]}

        Attributes:
            field_links: Links to the signed-in user and to adding a wallet.
            wallets: The wallets on this page.
    """

    field_links: WalletListLinks
    wallets: list[WalletData]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "wallets",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _ITEMS: ClassVar[str | None] = "wallets"

    def page_items(self) -> list[WalletData]:
        """The items of this page (``Sumvin.paginate`` walks them across pages)."""
        return self.wallets

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        wallets = []
        for wallets_item_data in self.wallets:
            wallets_item = wallets_item_data.to_dict()
            wallets.append(wallets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "wallets": wallets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            WalletData = _models.WalletData
            WalletListLinks = _models.WalletListLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = WalletListLinks.from_dict(src_dict["_links"])

            at = "wallets"
            _wallets = src_dict["wallets"]
            if not isinstance(_wallets, list):
                raise TypeError(f"member 'wallets': expected a list, got {type(_wallets).__name__}")

            wallets = [WalletData.from_dict(wallets_item_data) for wallets_item_data in _wallets]

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        wallet_list_response = object.__new__(cls)
        wallet_list_response.field_links = field_links
        wallet_list_response.wallets = wallets
        wallet_list_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return wallet_list_response

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
