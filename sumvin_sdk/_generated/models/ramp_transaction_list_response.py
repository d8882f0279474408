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
    from ..models.ramp_transaction_data import RampTransactionData
    from ..models.ramp_transaction_list_response_links import RampTransactionListResponseLinks


T = TypeVar("T", bound="RampTransactionListResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "transactions",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class RampTransactionListResponse(Model):
    """What `list_ramp_transactions` returns; it lists the user's ramp (buy and sell) transactions, a page at a time.

    Attributes:
        field_links: HAL links for paging through the list and to related actions, keyed by relation.
        transactions: The transactions on this page.
    """

    field_links: RampTransactionListResponseLinks
    transactions: list[RampTransactionData]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "transactions",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _ITEMS: ClassVar[str | None] = "transactions"

    def page_items(self) -> list[RampTransactionData]:
        """The items of this page (``Sumvin.paginate`` walks them across pages)."""
        return self.transactions

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        transactions = []
        for transactions_item_data in self.transactions:
            transactions_item = transactions_item_data.to_dict()
            transactions.append(transactions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "transactions": transactions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            RampTransactionData = _models.RampTransactionData
            RampTransactionListResponseLinks = _models.RampTransactionListResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = RampTransactionListResponseLinks.from_dict(src_dict["_links"])

            at = "transactions"
            _transactions = src_dict["transactions"]
            if not isinstance(_transactions, list):
                raise TypeError(f"member 'transactions': expected a list, got {type(_transactions).__name__}")

            transactions = [
                RampTransactionData.from_dict(transactions_item_data) for transactions_item_data in _transactions
            ]

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        ramp_transaction_list_response = object.__new__(cls)
        ramp_transaction_list_response.field_links = field_links
        ramp_transaction_list_response.transactions = transactions
        ramp_transaction_list_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return ramp_transaction_list_response

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
