from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Model, Unset

if TYPE_CHECKING:
    from ..models.merchant_locale import MerchantLocale
    from ..models.merchant_provenance import MerchantProvenance


T = TypeVar("T", bound="Merchant")
_MEMBERS: frozenset[str] = frozenset(
    (
        "name",
        "categories",
        "products",
        "brands",
        "locale",
        "provenance",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class Merchant(Model):
    """What is known about a merchant beyond its domain: name, categories, products and locale.

    Attributes:
        name: Name of the merchant as shown to users.
        categories: Free-form labels describing what the merchant sells; values vary; null when none.
        products: Typical products the merchant sells; null when unknown.
        brands: Brands the merchant sells or stands for; null when unknown.
        locale: Country and language of the merchant; null when unknown.
        provenance: Where the enrichment came from and how sure it is; null unless it has a time or a score.
    """

    name: str | None = None
    categories: list[str] | None = None
    products: list[str] | None = None
    brands: list[str] | None = None
    locale: MerchantLocale | None = None
    provenance: MerchantProvenance | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "name",
        "categories",
        "products",
        "brands",
        "locale",
        "provenance",
    )

    def _json_dict(self) -> dict[str, Any]:
        from ..models.merchant_locale import MerchantLocale
        from ..models.merchant_provenance import MerchantProvenance

        _name = UNSET if self.name is None and not self._nulls & 1 else self.name
        name: str | Unset | None
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = _name

        _categories = UNSET if self.categories is None and not self._nulls & 2 else self.categories
        categories: list[str] | Unset | None
        if isinstance(_categories, Unset):
            categories = UNSET
        elif isinstance(_categories, list):
            categories = _categories

        else:
            categories = _categories

        _products = UNSET if self.products is None and not self._nulls & 4 else self.products
        products: list[str] | Unset | None
        if isinstance(_products, Unset):
            products = UNSET
        elif isinstance(_products, list):
            products = _products

        else:
            products = _products

        _brands = UNSET if self.brands is None and not self._nulls & 8 else self.brands
        brands: list[str] | Unset | None
        if isinstance(_brands, Unset):
            brands = UNSET
        elif isinstance(_brands, list):
            brands = _brands

        else:
            brands = _brands

        _locale = UNSET if self.locale is None and not self._nulls & 16 else self.locale
        locale: dict[str, Any] | Unset | None
        if isinstance(_locale, Unset):
            locale = UNSET
        elif isinstance(_locale, MerchantLocale):
            locale = _locale.to_dict()
        else:
            locale = _locale

        _provenance = UNSET if self.provenance is None and not self._nulls & 32 else self.provenance
        provenance: dict[str, Any] | Unset | None
        if isinstance(_provenance, Unset):
            provenance = UNSET
        elif isinstance(_provenance, MerchantProvenance):
            provenance = _provenance.to_dict()
        else:
            provenance = _provenance

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
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        nulls = 0
        name: str | Unset | None = src_dict.get("name", UNSET)
        if type(name) is not str and name is not None and name is not UNSET and not isinstance(name, str):
            raise TypeError(f"member 'name': expected str or None or Unset, got {type(name).__name__}")

        if name is None:
            nulls |= 1

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

            for categories_type_0_item in _categories_type_0:
                if type(categories_type_0_item) is not str and not isinstance(categories_type_0_item, str):
                    raise TypeError(
                        f"member 'categories_type_0[]': expected str, got {type(categories_type_0_item).__name__}"
                    )

            categories_type_0 = cast(list[str], _categories_type_0)

            return categories_type_0

        categories = _parse_categories(src_dict.get("categories", UNSET))

        if categories is None:
            nulls |= 2

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

            for products_type_0_item in _products_type_0:
                if type(products_type_0_item) is not str and not isinstance(products_type_0_item, str):
                    raise TypeError(
                        f"member 'products_type_0[]': expected str, got {type(products_type_0_item).__name__}"
                    )

            products_type_0 = cast(list[str], _products_type_0)

            return products_type_0

        products = _parse_products(src_dict.get("products", UNSET))

        if products is None:
            nulls |= 4

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

            for brands_type_0_item in _brands_type_0:
                if type(brands_type_0_item) is not str and not isinstance(brands_type_0_item, str):
                    raise TypeError(f"member 'brands_type_0[]': expected str, got {type(brands_type_0_item).__name__}")

            brands_type_0 = cast(list[str], _brands_type_0)

            return brands_type_0

        brands = _parse_brands(src_dict.get("brands", UNSET))

        if brands is None:
            nulls |= 8

        locale: MerchantLocale | Unset | None = src_dict.get("locale", UNSET)
        if locale is not None and locale is not UNSET:
            if not isinstance(locale, dict):
                raise TypeError("member 'locale': a value of the wrong type")
            locale_type_0 = MerchantLocale.from_dict(src_dict.get("locale", UNSET))

            locale = locale_type_0

        if locale is None:
            nulls |= 16

        provenance: MerchantProvenance | Unset | None = src_dict.get("provenance", UNSET)
        if provenance is not None and provenance is not UNSET:
            if not isinstance(provenance, dict):
                raise TypeError("member 'provenance': a value of the wrong type")
            provenance_type_0 = MerchantProvenance.from_dict(src_dict.get("provenance", UNSET))

            provenance = provenance_type_0

        if provenance is None:
            nulls |= 32

        merchant = cls(
            name=None if isinstance(name, Unset) else name,
            categories=None if isinstance(categories, Unset) else categories,
            products=None if isinstance(products, Unset) else products,
            brands=None if isinstance(brands, Unset) else brands,
            locale=None if isinstance(locale, Unset) else locale,
            provenance=None if isinstance(provenance, Unset) else provenance,
        )

        merchant._nulls = nulls

        if not _MEMBERS.issuperset(src_dict):
            merchant.additional_properties = {k: v for k, v in src_dict.items() if k not in _MEMBERS}
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
