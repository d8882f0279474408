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
    from ..models.payment_link_data import PaymentLinkData
    from ..models.payment_link_response_links import PaymentLinkResponseLinks


T = TypeVar("T", bound="PaymentLinkResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "payment_link",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class PaymentLinkResponse(Model):
    """What `create_payment_link` and `get_payment_link` return: a payment link.

    Example:
        {'_links': {'pint': {'href': '/v0/pint/sr%3Aus%3Apint%3Aabc123'}, 'public': {'href': '/v0/payment-
            links/public/q79Rx34K...'}, 'self': {'href': '/v0/payment-links/q79Rx34K...'}}, 'payment_link':
            {'accepted_chains': [1329], 'amount': '100.00', 'created_at': 1704067200000, 'description': 'Invoice #1234',
            'expires_at': 1704153600000, 'max_uses': 1, 'pay_to': '0x742d35Cc6634C0532925a3b844Bc9e7595f2bD78', 'pint_uri':
            'sr:us:pint:abc123', 'slug': 'q79Rx34K...', 'status': 'pending', 'usage_count': 0}}

    Attributes:
        field_links: HAL links to this resource and to the actions available next, keyed by relation.
        payment_link: The payment link, as its creator sees it.
    """

    field_links: PaymentLinkResponseLinks
    payment_link: PaymentLinkData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "payment_link",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        payment_link = self.payment_link.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "payment_link": payment_link,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            PaymentLinkData = _models.PaymentLinkData
            PaymentLinkResponseLinks = _models.PaymentLinkResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = PaymentLinkResponseLinks.from_dict(src_dict["_links"])

            at = "payment_link"
            payment_link = PaymentLinkData.from_dict(src_dict["payment_link"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        payment_link_response = object.__new__(cls)
        payment_link_response.field_links = field_links
        payment_link_response.payment_link = payment_link
        payment_link_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return payment_link_response

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
