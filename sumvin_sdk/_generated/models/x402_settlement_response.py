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
    from ..models.x402_settlement_response_links import X402SettlementResponseLinks


T = TypeVar("T", bound="X402SettlementResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "success",
        "network",
        "_links",
        "transaction",
        "payer",
        "receipt_url",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class X402SettlementResponse(Model):
    """What `get_payment_link_pay` returns; it opens a payment link: without a payment signature it answers what to pay
    (x402); with one it settles the payment.

        Example:
            {'_links': {'canonical': {'href': '/v0/payment-links/public/q79Rx34K'}, 'self': {'href': '/pay/q79Rx34K'}},
                'network': 'eip155:1329', 'payer': '0xcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd', 'receipt_url': '/v0/payment-
                links/public/q79Rx34K', 'success': True, 'transaction':
                '0xabababababababababababababababababababababababababababababababab'}

        Attributes:
            success: True when the payment was accepted and settled.
            network: CAIP-2 id of the chain the payment was settled on.
            field_links: HAL links to this resource and to the actions available next, keyed by relation.
            transaction: Hash of the settlement transaction on chain; null until it is final.
            payer: Address of the wallet that paid; null when unknown.
            receipt_url: Where the settlement's receipt can be fetched; null when there is none.
    """

    success: bool
    network: str
    field_links: X402SettlementResponseLinks
    transaction: str | None = None
    payer: str | None = None
    receipt_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "success",
        "network",
        "field_links",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "transaction",
        "payer",
        "receipt_url",
    )

    def _json_dict(self) -> dict[str, Any]:
        success = self.success

        network = self.network

        field_links = self.field_links.to_dict()

        _transaction = UNSET if self.transaction is None and not self._nulls & 1 else self.transaction
        transaction: str | Unset | None
        if isinstance(_transaction, Unset):
            transaction = UNSET
        else:
            transaction = _transaction

        _payer = UNSET if self.payer is None and not self._nulls & 2 else self.payer
        payer: str | Unset | None
        if isinstance(_payer, Unset):
            payer = UNSET
        else:
            payer = _payer

        _receipt_url = UNSET if self.receipt_url is None and not self._nulls & 4 else self.receipt_url
        receipt_url: str | Unset | None
        if isinstance(_receipt_url, Unset):
            receipt_url = UNSET
        else:
            receipt_url = _receipt_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "network": network,
                "_links": field_links,
            }
        )
        if transaction is not UNSET:
            field_dict["transaction"] = transaction
        if payer is not UNSET:
            field_dict["payer"] = payer
        if receipt_url is not UNSET:
            field_dict["receipt_url"] = receipt_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            X402SettlementResponseLinks = _models.X402SettlementResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "success"
            success = src_dict["success"]
            if type(success) is not bool and not isinstance(success, bool):
                raise TypeError(f"member 'success': expected bool, got {type(success).__name__}")

            at = "network"
            network = src_dict["network"]
            if type(network) is not str and not isinstance(network, str):
                raise TypeError(f"member 'network': expected str, got {type(network).__name__}")

            at = "_links"
            field_links = X402SettlementResponseLinks.from_dict(src_dict["_links"])

            at = "transaction"
            transaction = src_dict.get("transaction", ABSENT)
            if (
                type(transaction) is not str
                and transaction is not None
                and transaction is not ABSENT
                and not isinstance(transaction, str)
            ):
                raise TypeError(
                    f"member 'transaction': expected str or None or Unset, got {type(transaction).__name__}"
                )

            if transaction is None:
                nulls |= 1

            at = "payer"
            payer = src_dict.get("payer", ABSENT)
            if type(payer) is not str and payer is not None and payer is not ABSENT and not isinstance(payer, str):
                raise TypeError(f"member 'payer': expected str or None or Unset, got {type(payer).__name__}")

            if payer is None:
                nulls |= 2

            at = "receipt_url"
            receipt_url = src_dict.get("receipt_url", ABSENT)
            if (
                type(receipt_url) is not str
                and receipt_url is not None
                and receipt_url is not ABSENT
                and not isinstance(receipt_url, str)
            ):
                raise TypeError(
                    f"member 'receipt_url': expected str or None or Unset, got {type(receipt_url).__name__}"
                )

            if receipt_url is None:
                nulls |= 4

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        x402_settlement_response = object.__new__(cls)
        x402_settlement_response.success = success
        x402_settlement_response.network = network
        x402_settlement_response.field_links = field_links
        x402_settlement_response.transaction = None if transaction is ABSENT else transaction
        x402_settlement_response.payer = None if payer is ABSENT else payer
        x402_settlement_response.receipt_url = None if receipt_url is ABSENT else receipt_url
        x402_settlement_response._nulls = nulls
        x402_settlement_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 3 + (transaction is not ABSENT) + (payer is not ABSENT) + (receipt_url is not ABSENT)
            else {}
        )
        return x402_settlement_response

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
