from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KYCPersonalInfo")


@_attrs_define
class KYCPersonalInfo:
    """A KYC personal info.

    Attributes:
        first_name (None | str | Unset): First name of the KYC personal info.
        last_name (None | str | Unset): Last name of the KYC personal info.
        date_of_birth (None | str | Unset): Date of birth of the KYC personal info.
        nationality (None | str | Unset): Nationality of the KYC personal info.
        country_of_residence (None | str | Unset): Country of residence of the KYC personal info.
    """

    first_name: str | Unset | None = UNSET
    last_name: str | Unset | None = UNSET
    date_of_birth: str | Unset | None = UNSET
    nationality: str | Unset | None = UNSET
    country_of_residence: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name: str | Unset | None
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: str | Unset | None
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        date_of_birth: str | Unset | None
        if isinstance(self.date_of_birth, Unset):
            date_of_birth = UNSET
        else:
            date_of_birth = self.date_of_birth

        nationality: str | Unset | None
        if isinstance(self.nationality, Unset):
            nationality = UNSET
        else:
            nationality = self.nationality

        country_of_residence: str | Unset | None
        if isinstance(self.country_of_residence, Unset):
            country_of_residence = UNSET
        else:
            country_of_residence = self.country_of_residence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if date_of_birth is not UNSET:
            field_dict["date_of_birth"] = date_of_birth
        if nationality is not UNSET:
            field_dict["nationality"] = nationality
        if country_of_residence is not UNSET:
            field_dict["country_of_residence"] = country_of_residence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_name: str | Unset | None = d.pop("first_name", UNSET)
        if first_name is not None and not isinstance(first_name, Unset) and not isinstance(first_name, str):
            raise TypeError(f"member 'first_name': expected str or None or Unset, got {type(first_name).__name__}")

        last_name: str | Unset | None = d.pop("last_name", UNSET)
        if last_name is not None and not isinstance(last_name, Unset) and not isinstance(last_name, str):
            raise TypeError(f"member 'last_name': expected str or None or Unset, got {type(last_name).__name__}")

        date_of_birth: str | Unset | None = d.pop("date_of_birth", UNSET)
        if date_of_birth is not None and not isinstance(date_of_birth, Unset) and not isinstance(date_of_birth, str):
            raise TypeError(
                f"member 'date_of_birth': expected str or None or Unset, got {type(date_of_birth).__name__}"
            )

        nationality: str | Unset | None = d.pop("nationality", UNSET)
        if nationality is not None and not isinstance(nationality, Unset) and not isinstance(nationality, str):
            raise TypeError(f"member 'nationality': expected str or None or Unset, got {type(nationality).__name__}")

        country_of_residence: str | Unset | None = d.pop("country_of_residence", UNSET)
        if (
            country_of_residence is not None
            and not isinstance(country_of_residence, Unset)
            and not isinstance(country_of_residence, str)
        ):
            raise TypeError(
                f"member 'country_of_residence': expected str or None or Unset, got {type(country_of_residence).__name__}"
            )

        kyc_personal_info = cls(
            first_name=first_name,
            last_name=last_name,
            date_of_birth=date_of_birth,
            nationality=nationality,
            country_of_residence=country_of_residence,
        )

        kyc_personal_info.additional_properties = d
        return kyc_personal_info

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
