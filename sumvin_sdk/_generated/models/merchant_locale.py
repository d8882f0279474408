from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MerchantLocale")


@_attrs_define
class MerchantLocale:
    """A merchant locale.

    Attributes:
        country (None | str | Unset): Country code (ISO 3166-1 alpha-2).
        language (None | str | Unset): Language of the merchant locale.
    """

    country: str | Unset | None = UNSET
    language: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country: str | Unset | None
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        language: str | Unset | None
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country is not UNSET:
            field_dict["country"] = country
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country: str | Unset | None = d.pop("country", UNSET)
        if country is not None and not isinstance(country, Unset) and not isinstance(country, str):
            raise TypeError(f"member 'country': expected str or None or Unset, got {type(country).__name__}")

        language: str | Unset | None = d.pop("language", UNSET)
        if language is not None and not isinstance(language, Unset) and not isinstance(language, str):
            raise TypeError(f"member 'language': expected str or None or Unset, got {type(language).__name__}")

        merchant_locale = cls(
            country=country,
            language=language,
        )

        merchant_locale.additional_properties = d
        return merchant_locale

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
