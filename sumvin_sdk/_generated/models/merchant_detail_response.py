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
    from ..models.merchant_detail_response_links import MerchantDetailResponseLinks
    from ..models.merchant_resource import MerchantResource


T = TypeVar("T", bound="MerchantDetailResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "data",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class MerchantDetailResponse(Model):
    """What `get_merchant` returns: one UCP merchant, looked up by its domain or its merchant id.

    Example:
        {'_links': {'about': {'href': 'https://shop.example.com'}, 'collection': {'href': '/v0/ucp/merchants'},
            'describedby': {'href': 'https://shop.example.com/.well-known/ucp'}, 'self': {'href':
            '/v0/ucp/merchants/shop.example.com'}}, 'data': {'domain': 'shop.example.com', 'merchant': {'categories':
            ['apparel'], 'locale': {'country': 'US', 'language': 'en'}, 'name': 'Example Shop'}, 'merchant_id':
            'k3jf7q2xmn4pz', 'meta': {'first_hit_at': 1704067200000, 'last_hit_at': 1706745600000}, 'ucp': {'a2a':
            {'enabled': True}, 'capabilities': ['dev.ucp.shopping.checkout'], 'oauth': {'enabled': False},
            'payment_handlers': ['com.google.pay'], 'services': [{'endpoint': 'https://example-
            shop.myshopify.com/api/ucp/mcp', 'namespace': 'dev.ucp.shopping', 'transport': 'mcp'}, {'endpoint': '',
            'namespace': 'dev.ucp.shopping', 'transport': 'embedded'}], 'transports': ['mcp', 'embedded'], 'version':
            '2026-04-08'}}}

    Attributes:
        field_links: HAL links to this resource and to the actions available next, keyed by relation.
        data: Payload of the merchant detail.
    """

    field_links: MerchantDetailResponseLinks
    data: MerchantResource
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "data",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            MerchantDetailResponseLinks = _models.MerchantDetailResponseLinks
            MerchantResource = _models.MerchantResource
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = MerchantDetailResponseLinks.from_dict(src_dict["_links"])

            at = "data"
            data = MerchantResource.from_dict(src_dict["data"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        merchant_detail_response = object.__new__(cls)
        merchant_detail_response.field_links = field_links
        merchant_detail_response.data = data
        merchant_detail_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return merchant_detail_response

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
