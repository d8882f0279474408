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
    from ..models.pagination_links import PaginationLinks
    from ..models.transaction_data import TransactionData
    from ..models.transaction_meta import TransactionMeta


T = TypeVar("T", bound="TransactionListResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "transactions",
        "total",
        "offset",
        "limit",
        "meta",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class TransactionListResponse(Model):
    """What `list_transactions` returns; it lists the user's transactions across accounts, wallets and cards, with filters
    on source, kind, merchant, amount and date.

        Example:
            {'_links': {'first': {'href': '/v0/transactions?offset=0&limit=20'}, 'self': {'href':
                '/v0/transactions?offset=0&limit=20'}}, 'limit': 20, 'offset': 0, 'total': 1, 'transactions': [{'amount':
                '42.50', 'asset': {'asset_type': 'fiat', 'decimals': 2, 'name': 'US Dollar', 'symbol': 'USD'}, 'category':
                'groceries', 'created_at': 1704067200000, 'direction': 'out', 'id': 'txn_a1b2c3d4e5f6', 'merchant_name': 'Whole
                Foods Market', 'source': 'card', 'status': 'completed', 'type': 'card_purchase', 'updated_at': 1704067200000}]}

        Attributes:
            field_links: Links to this page and to the first, previous, next and last pages.
            transactions: The transactions on this page.
            total: Number of items across all pages.
            offset: Number of items skipped before this page.
            limit: Page size that was applied.
            meta: Extra information about the transaction.
    """

    field_links: PaginationLinks
    transactions: list[TransactionData]
    total: int
    offset: int
    limit: int
    meta: TransactionMeta | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "transactions",
        "total",
        "offset",
        "limit",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("meta",)
    _ITEMS: ClassVar[str | None] = "transactions"

    def page_items(self) -> list[TransactionData]:
        """The items of this page (``Sumvin.paginate`` walks them across pages)."""
        return self.transactions

    def _json_dict(self) -> dict[str, Any]:
        from ..models.transaction_meta import TransactionMeta

        field_links = self.field_links.to_dict()

        transactions = []
        for transactions_item_data in self.transactions:
            transactions_item = transactions_item_data.to_dict()
            transactions.append(transactions_item)

        total = self.total

        offset = self.offset

        limit = self.limit

        _meta = UNSET if self.meta is None and not self._nulls & 1 else self.meta
        meta: dict[str, Any] | Unset | None
        if isinstance(_meta, Unset):
            meta = UNSET
        elif isinstance(_meta, TransactionMeta):
            meta = _meta.to_dict()
        else:
            meta = _meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "transactions": transactions,
                "total": total,
                "offset": offset,
                "limit": limit,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            PaginationLinks = _models.PaginationLinks
            TransactionData = _models.TransactionData
            TransactionMeta = _models.TransactionMeta
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "_links"
            field_links = PaginationLinks.from_dict(src_dict["_links"])

            at = "transactions"
            _transactions = src_dict["transactions"]
            if not isinstance(_transactions, list):
                raise TypeError(f"member 'transactions': expected a list, got {type(_transactions).__name__}")

            transactions = [
                TransactionData.from_dict(transactions_item_data) for transactions_item_data in _transactions
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

            at = "meta"
            meta = src_dict.get("meta", ABSENT)
            if meta is not None and meta is not ABSENT:
                if not isinstance(meta, dict):
                    raise TypeError("member 'meta': a value of the wrong type")
                meta = TransactionMeta.from_dict(meta)

            if meta is None:
                nulls |= 1

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        transaction_list_response = object.__new__(cls)
        transaction_list_response.field_links = field_links
        transaction_list_response.transactions = transactions
        transaction_list_response.total = total
        transaction_list_response.offset = offset
        transaction_list_response.limit = limit
        transaction_list_response.meta = None if meta is ABSENT else meta
        transaction_list_response._nulls = nulls
        transaction_list_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 5 + (meta is not ABSENT)
            else {}
        )
        return transaction_list_response

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
