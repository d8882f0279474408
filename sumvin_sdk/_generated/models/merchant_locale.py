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

T = TypeVar("T", bound="MerchantLocale")
_MEMBERS: frozenset[str] = frozenset(
    (
        "country",
        "language",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class MerchantLocale(Model):
    """Country and language of a merchant.

    Attributes:
        country: Country of the merchant (ISO 3166-1 alpha-2); null when unknown.
        language: Language of the merchant, as a BCP 47 tag such as `en-GB`; null when unknown.
    """

    country: str | None = None
    language: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "country",
        "language",
    )

    def _json_dict(self) -> dict[str, Any]:
        _country = UNSET if self.country is None and not self._nulls & 1 else self.country
        country: str | Unset | None
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = _country

        _language = UNSET if self.language is None and not self._nulls & 2 else self.language
        language: str | Unset | None
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = _language

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
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "country"
            country = src_dict.get("country", ABSENT)
            if (
                type(country) is not str
                and country is not None
                and country is not ABSENT
                and not isinstance(country, str)
            ):
                raise TypeError(f"member 'country': expected str or None or Unset, got {type(country).__name__}")

            if country is None:
                nulls |= 1

            at = "language"
            language = src_dict.get("language", ABSENT)
            if (
                type(language) is not str
                and language is not None
                and language is not ABSENT
                and not isinstance(language, str)
            ):
                raise TypeError(f"member 'language': expected str or None or Unset, got {type(language).__name__}")

            if language is None:
                nulls |= 2

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        merchant_locale = object.__new__(cls)
        merchant_locale.country = None if country is ABSENT else country
        merchant_locale.language = None if language is ABSENT else language
        merchant_locale._nulls = nulls
        merchant_locale.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 0 + (country is not ABSENT) + (language is not ABSENT)
            else {}
        )
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
