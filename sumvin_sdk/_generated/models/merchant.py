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
        at: str | None = None
        try:
            nulls = 0
            at = "name"
            name = src_dict.get("name", ABSENT)
            if type(name) is not str and name is not None and name is not ABSENT and not isinstance(name, str):
                raise TypeError(f"member 'name': expected str or None or Unset, got {type(name).__name__}")

            if name is None:
                nulls |= 1

            at = "categories"
            categories = src_dict.get("categories", ABSENT)
            if categories is not None and categories is not ABSENT:
                if not isinstance(categories, list):
                    raise TypeError("member 'categories': a value of the wrong type")
                _categories_type_0 = categories
                for categories_type_0_item in _categories_type_0:
                    if type(categories_type_0_item) is not str and not isinstance(categories_type_0_item, str):
                        raise TypeError(
                            f"member 'categories_type_0[]': expected str, got {type(categories_type_0_item).__name__}"
                        )

                categories_type_0 = _categories_type_0

                categories = categories_type_0

            if categories is None:
                nulls |= 2

            at = "products"
            products = src_dict.get("products", ABSENT)
            if products is not None and products is not ABSENT:
                if not isinstance(products, list):
                    raise TypeError("member 'products': a value of the wrong type")
                _products_type_0 = products
                for products_type_0_item in _products_type_0:
                    if type(products_type_0_item) is not str and not isinstance(products_type_0_item, str):
                        raise TypeError(
                            f"member 'products_type_0[]': expected str, got {type(products_type_0_item).__name__}"
                        )

                products_type_0 = _products_type_0

                products = products_type_0

            if products is None:
                nulls |= 4

            at = "brands"
            brands = src_dict.get("brands", ABSENT)
            if brands is not None and brands is not ABSENT:
                if not isinstance(brands, list):
                    raise TypeError("member 'brands': a value of the wrong type")
                _brands_type_0 = brands
                for brands_type_0_item in _brands_type_0:
                    if type(brands_type_0_item) is not str and not isinstance(brands_type_0_item, str):
                        raise TypeError(
                            f"member 'brands_type_0[]': expected str, got {type(brands_type_0_item).__name__}"
                        )

                brands_type_0 = _brands_type_0

                brands = brands_type_0

            if brands is None:
                nulls |= 8

            at = "locale"
            locale = src_dict.get("locale", ABSENT)
            if locale is not None and locale is not ABSENT:
                if not isinstance(locale, dict):
                    raise TypeError("member 'locale': a value of the wrong type")
                locale = MerchantLocale.from_dict(locale)

            if locale is None:
                nulls |= 16

            at = "provenance"
            provenance = src_dict.get("provenance", ABSENT)
            if provenance is not None and provenance is not ABSENT:
                if not isinstance(provenance, dict):
                    raise TypeError("member 'provenance': a value of the wrong type")
                provenance = MerchantProvenance.from_dict(provenance)

            if provenance is None:
                nulls |= 32

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        merchant = object.__new__(cls)
        merchant.name = None if name is ABSENT else name
        merchant.categories = None if categories is ABSENT else categories
        merchant.products = None if products is ABSENT else products
        merchant.brands = None if brands is ABSENT else brands
        merchant.locale = None if locale is ABSENT else locale
        merchant.provenance = None if provenance is ABSENT else provenance
        merchant._nulls = nulls
        merchant.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 0
            + (name is not ABSENT)
            + (categories is not ABSENT)
            + (products is not ABSENT)
            + (brands is not ABSENT)
            + (locale is not ABSENT)
            + (provenance is not ABSENT)
            else {}
        )
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
