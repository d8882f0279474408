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
    from ..models.wallet_asset_transaction_data import WalletAssetTransactionData
    from ..models.wallet_asset_transactions_response_links import WalletAssetTransactionsResponseLinks


T = TypeVar("T", bound="WalletAssetTransactionsResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "wallet_address",
        "wallet_chain_id",
        "asset_symbol",
        "transactions",
        "total",
        "offset",
        "limit",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class WalletAssetTransactionsResponse(Model):
    """What `list_wallet_asset_transactions` returns; it lists the transactions of one asset in one wallet, filterable by
    date, a page at a time.

        Attributes:
            field_links: HAL links for paging through the list and to related actions, keyed by relation.
            wallet_address: Address of the wallet (0x-prefixed hex).
            wallet_chain_id: Chain id of the wallet the transactions are on; null when not stated.
            asset_symbol: Symbol of the asset the transactions move.
            transactions: Every transaction of the wallet that moves this asset.
            total: Number of items across all pages.
            offset: Number of items skipped before this page.
            limit: Page size that was applied.
    """

    field_links: WalletAssetTransactionsResponseLinks
    wallet_address: str
    wallet_chain_id: int
    asset_symbol: str
    transactions: list[WalletAssetTransactionData]
    total: int
    offset: int
    limit: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "wallet_address",
        "wallet_chain_id",
        "asset_symbol",
        "transactions",
        "total",
        "offset",
        "limit",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _ITEMS: ClassVar[str | None] = "transactions"

    def page_items(self) -> list[WalletAssetTransactionData]:
        """The items of this page (``Sumvin.paginate`` walks them across pages)."""
        return self.transactions

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        wallet_address = self.wallet_address

        wallet_chain_id = self.wallet_chain_id

        asset_symbol = self.asset_symbol

        transactions = []
        for transactions_item_data in self.transactions:
            transactions_item = transactions_item_data.to_dict()
            transactions.append(transactions_item)

        total = self.total

        offset = self.offset

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "wallet_address": wallet_address,
                "wallet_chain_id": wallet_chain_id,
                "asset_symbol": asset_symbol,
                "transactions": transactions,
                "total": total,
                "offset": offset,
                "limit": limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            WalletAssetTransactionData = _models.WalletAssetTransactionData
            WalletAssetTransactionsResponseLinks = _models.WalletAssetTransactionsResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = WalletAssetTransactionsResponseLinks.from_dict(src_dict["_links"])

            at = "wallet_address"
            wallet_address = src_dict["wallet_address"]
            if type(wallet_address) is not str and not isinstance(wallet_address, str):
                raise TypeError(f"member 'wallet_address': expected str, got {type(wallet_address).__name__}")

            at = "wallet_chain_id"
            wallet_chain_id = src_dict["wallet_chain_id"]
            if type(wallet_chain_id) is not int and (
                not isinstance(wallet_chain_id, int) or isinstance(wallet_chain_id, bool)
            ):
                raise TypeError(f"member 'wallet_chain_id': expected int, got {type(wallet_chain_id).__name__}")

            at = "asset_symbol"
            asset_symbol = src_dict["asset_symbol"]
            if type(asset_symbol) is not str and not isinstance(asset_symbol, str):
                raise TypeError(f"member 'asset_symbol': expected str, got {type(asset_symbol).__name__}")

            at = "transactions"
            _transactions = src_dict["transactions"]
            if not isinstance(_transactions, list):
                raise TypeError(f"member 'transactions': expected a list, got {type(_transactions).__name__}")

            transactions = [
                WalletAssetTransactionData.from_dict(transactions_item_data) for transactions_item_data in _transactions
            ]

            at = "total"
            total = src_dict["total"]
            if type(total) is not int and (not isinstance(total, int) or isinstance(total, bool)):
                raise TypeError(f"member 'total': expected int, got {type(total).__name__}")

            at = "offset"
            offset = src_dict["offset"]
            if type(offset) is not int and (not isinstance(offset, int) or isinstance(offset, bool)):
                raise TypeError(f"member 'offset': expected int, got {type(offset).__name__}")

            at = "limit"
            limit = src_dict["limit"]
            if type(limit) is not int and (not isinstance(limit, int) or isinstance(limit, bool)):
                raise TypeError(f"member 'limit': expected int, got {type(limit).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        wallet_asset_transactions_response = object.__new__(cls)
        wallet_asset_transactions_response.field_links = field_links
        wallet_asset_transactions_response.wallet_address = wallet_address
        wallet_asset_transactions_response.wallet_chain_id = wallet_chain_id
        wallet_asset_transactions_response.asset_symbol = asset_symbol
        wallet_asset_transactions_response.transactions = transactions
        wallet_asset_transactions_response.total = total
        wallet_asset_transactions_response.offset = offset
        wallet_asset_transactions_response.limit = limit
        wallet_asset_transactions_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 8 else {}
        )
        return wallet_asset_transactions_response

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
