from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.merchant_locale import MerchantLocale
    from ..models.merchant_provenance import MerchantProvenance


T = TypeVar("T", bound="Merchant")


@_attrs_define
class Merchant:
    """A merchant.

    Attributes:
        name (None | str | Unset): Name of the merchant as shown to users.
        categories (list[str] | None | Unset): Categories of the merchant.
        products (list[str] | None | Unset): Products of the merchant.
        brands (list[str] | None | Unset): Brands of the merchant.
        locale (MerchantLocale | None | Unset): Locale of the merchant.
        provenance (MerchantProvenance | None | Unset): Provenance of the merchant.
    """

    name: str | Unset | None = UNSET
    categories: list[str] | Unset | None = UNSET
    products: list[str] | Unset | None = UNSET
    brands: list[str] | Unset | None = UNSET
    locale: MerchantLocale | Unset | None = UNSET
    provenance: MerchantProvenance | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.merchant_locale import MerchantLocale
        from ..models.merchant_provenance import MerchantProvenance

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        categories: list[str] | Unset | None
        if isinstance(self.categories, Unset):
            categories = UNSET
        elif isinstance(self.categories, list):
            categories = self.categories

        else:
            categories = self.categories

        products: list[str] | Unset | None
        if isinstance(self.products, Unset):
            products = UNSET
        elif isinstance(self.products, list):
            products = self.products

        else:
            products = self.products

        brands: list[str] | Unset | None
        if isinstance(self.brands, Unset):
            brands = UNSET
        elif isinstance(self.brands, list):
            brands = self.brands

        else:
            brands = self.brands

        locale: dict[str, Any] | Unset | None
        if isinstance(self.locale, Unset):
            locale = UNSET
        elif isinstance(self.locale, MerchantLocale):
            locale = self.locale.to_dict()
        else:
            locale = self.locale

        provenance: dict[str, Any] | Unset | None
        if isinstance(self.provenance, Unset):
            provenance = UNSET
        elif isinstance(self.provenance, MerchantProvenance):
            provenance = self.provenance.to_dict()
        else:
            provenance = self.provenance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if categories is not UNSET:
            field_dict["categories"] = categories
        if products is not UNSET:
            field_dict["products"] = products
        if brands is not UNSET:
            field_dict["brands"] = brands
        if locale is not UNSET:
            field_dict["locale"] = locale
        if provenance is not UNSET:
            field_dict["provenance"] = provenance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            MerchantLocale = _models.MerchantLocale
            MerchantProvenance = _models.MerchantProvenance
        d = dict(src_dict)
        name: str | Unset | None = d.pop("name", UNSET)
        if name is not None and not isinstance(name, Unset) and not isinstance(name, str):
            raise TypeError(f"member 'name': expected str or None or Unset, got {type(name).__name__}")

        def _parse_categories(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            _categories_type_0 = data
            if not isinstance(_categories_type_0, list):
                raise TypeError(f"member 'categories_type_0': expected a list, got {type(_categories_type_0).__name__}")

            categories_type_0 = cast(list[str], _categories_type_0)

            return categories_type_0

        categories = _parse_categories(d.pop("categories", UNSET))

        def _parse_products(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            _products_type_0 = data
            if not isinstance(_products_type_0, list):
                raise TypeError(f"member 'products_type_0': expected a list, got {type(_products_type_0).__name__}")

            products_type_0 = cast(list[str], _products_type_0)

            return products_type_0

        products = _parse_products(d.pop("products", UNSET))

        def _parse_brands(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            _brands_type_0 = data
            if not isinstance(_brands_type_0, list):
                raise TypeError(f"member 'brands_type_0': expected a list, got {type(_brands_type_0).__name__}")

            brands_type_0 = cast(list[str], _brands_type_0)

            return brands_type_0

        brands = _parse_brands(d.pop("brands", UNSET))

        def _parse_locale(data: object) -> MerchantLocale | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            locale_type_0 = MerchantLocale.from_dict(data)

            return locale_type_0

        locale = _parse_locale(d.pop("locale", UNSET))

        def _parse_provenance(data: object) -> MerchantProvenance | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            provenance_type_0 = MerchantProvenance.from_dict(data)

            return provenance_type_0

        provenance = _parse_provenance(d.pop("provenance", UNSET))

        merchant = cls(
            name=name,
            categories=categories,
            products=products,
            brands=brands,
            locale=locale,
            provenance=provenance,
        )

        merchant.additional_properties = d
        return merchant

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
