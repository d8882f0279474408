from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Literal,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meld_product import MeldProduct
from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="AddProductsRequest")
_MEMBERS: frozenset[str] = frozenset(("products",))  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class AddProductsRequest(Model):
    """Body of `add_bank_connection_products`, which adds data products (such as investments) to an existing bank
    connection.

        Attributes:
            products: Data products to add to the connection, such as investments.
    """

    products: list[MeldProduct]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("products",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        products = []
        for products_item_data in self.products:
            products_item = MeldProduct(products_item_data).value
            products.append(products_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "products": products,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "products"
            _products = src_dict["products"]
            if not isinstance(_products, list):
                raise TypeError(f"member 'products': expected a list, got {type(_products).__name__}")

            products = [MeldProduct.parse(products_item_data) for products_item_data in _products]

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        add_products_request = object.__new__(cls)
        add_products_request.products = products
        add_products_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 1 else {}
        )
        return add_products_request

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


class AddProductsRequestDict(TypedDict):
    """``AddProductsRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    products: list[
        MeldProduct
        | Literal["BALANCES", "IDENTIFIERS", "OWNERS", "TRANSACTIONS", "INVESTMENT_HOLDINGS", "INVESTMENT_TRANSACTIONS"]
    ]
