from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

T = TypeVar("T", bound="InstitutionData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "country_codes",
        "products",
        "logo_url",
        "url",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class InstitutionData(Model):
    """A bank or institution that can be linked: countries, logo and data products.

    Attributes:
        id: Unique id of the institution.
        name: Name of the institution as shown to users.
        country_codes: Countries the institution serves, as ISO 3166-1 alpha-2 codes.
        products: Data products the institution supports.
        logo_url: Image URL of the institution's logo; null when it has none.
        url: Web address of the institution.
    """

    id: str
    name: str
    country_codes: list[str]
    products: list[str]
    logo_url: str | None = None
    url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
        "country_codes",
        "products",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "logo_url",
        "url",
    )

    def _json_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        country_codes = self.country_codes

        products = self.products

        _logo_url = UNSET if self.logo_url is None and not self._nulls & 1 else self.logo_url
        logo_url: str | Unset | None
        if isinstance(_logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = _logo_url

        _url = UNSET if self.url is None and not self._nulls & 2 else self.url
        url: str | Unset | None
        if isinstance(_url, Unset):
            url = UNSET
        else:
            url = _url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "country_codes": country_codes,
                "products": products,
            }
        )
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "name"
            name = src_dict["name"]
            if type(name) is not str and not isinstance(name, str):
                raise TypeError(f"member 'name': expected str, got {type(name).__name__}")

            at = "country_codes"
            _country_codes = src_dict["country_codes"]
            if not isinstance(_country_codes, list):
                raise TypeError(f"member 'country_codes': expected a list, got {type(_country_codes).__name__}")

            for country_codes_item in _country_codes:
                if type(country_codes_item) is not str and not isinstance(country_codes_item, str):
                    raise TypeError(f"member 'country_codes[]': expected str, got {type(country_codes_item).__name__}")

            country_codes = _country_codes

            at = "products"
            _products = src_dict["products"]
            if not isinstance(_products, list):
                raise TypeError(f"member 'products': expected a list, got {type(_products).__name__}")

            for products_item in _products:
                if type(products_item) is not str and not isinstance(products_item, str):
                    raise TypeError(f"member 'products[]': expected str, got {type(products_item).__name__}")

            products = _products

            at = "logo_url"
            logo_url = src_dict.get("logo_url", ABSENT)
            if (
                type(logo_url) is not str
                and logo_url is not None
                and logo_url is not ABSENT
                and not isinstance(logo_url, str)
            ):
                raise TypeError(f"member 'logo_url': expected str or None or Unset, got {type(logo_url).__name__}")

            if logo_url is None:
                nulls |= 1

            at = "url"
            url = src_dict.get("url", ABSENT)
            if type(url) is not str and url is not None and url is not ABSENT and not isinstance(url, str):
                raise TypeError(f"member 'url': expected str or None or Unset, got {type(url).__name__}")

            if url is None:
                nulls |= 2

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        institution_data = object.__new__(cls)
        institution_data.id = id
        institution_data.name = name
        institution_data.country_codes = country_codes
        institution_data.products = products
        institution_data.logo_url = None if logo_url is ABSENT else logo_url
        institution_data.url = None if url is ABSENT else url
        institution_data._nulls = nulls
        institution_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 4 + (logo_url is not ABSENT) + (url is not ABSENT)
            else {}
        )
        return institution_data

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
