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

T = TypeVar("T", bound="KYCPersonalInfo")
_MEMBERS: frozenset[str] = frozenset(
    (
        "first_name",
        "last_name",
        "date_of_birth",
        "nationality",
        "country_of_residence",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class KYCPersonalInfo(Model):
    """Personal details read from the identity documents; only the name is kept by Sumvin.

    Attributes:
        first_name: First name on the identity document; null before it is read.
        last_name: Last name on the identity document; null before it is read.
        date_of_birth: Date of birth on the document, as `YYYY-MM-DD`; null before it is read (not kept by Sumvin).
        nationality: Nationality on the document; null before it is read (not kept by Sumvin).
        country_of_residence: Country the user lives in; null before it is known (not kept by Sumvin).
    """

    first_name: str | None = None
    last_name: str | None = None
    date_of_birth: str | None = None
    nationality: str | None = None
    country_of_residence: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "first_name",
        "last_name",
        "date_of_birth",
        "nationality",
        "country_of_residence",
    )

    def _json_dict(self) -> dict[str, Any]:
        _first_name = UNSET if self.first_name is None and not self._nulls & 1 else self.first_name
        first_name: str | Unset | None
        if isinstance(_first_name, Unset):
            first_name = UNSET
        else:
            first_name = _first_name

        _last_name = UNSET if self.last_name is None and not self._nulls & 2 else self.last_name
        last_name: str | Unset | None
        if isinstance(_last_name, Unset):
            last_name = UNSET
        else:
            last_name = _last_name

        _date_of_birth = UNSET if self.date_of_birth is None and not self._nulls & 4 else self.date_of_birth
        date_of_birth: str | Unset | None
        if isinstance(_date_of_birth, Unset):
            date_of_birth = UNSET
        else:
            date_of_birth = _date_of_birth

        _nationality = UNSET if self.nationality is None and not self._nulls & 8 else self.nationality
        nationality: str | Unset | None
        if isinstance(_nationality, Unset):
            nationality = UNSET
        else:
            nationality = _nationality

        _country_of_residence = (
            UNSET if self.country_of_residence is None and not self._nulls & 16 else self.country_of_residence
        )
        country_of_residence: str | Unset | None
        if isinstance(_country_of_residence, Unset):
            country_of_residence = UNSET
        else:
            country_of_residence = _country_of_residence

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
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "first_name"
            first_name = src_dict.get("first_name", ABSENT)
            if (
                type(first_name) is not str
                and first_name is not None
                and first_name is not ABSENT
                and not isinstance(first_name, str)
            ):
                raise TypeError(f"member 'first_name': expected str or None or Unset, got {type(first_name).__name__}")

            if first_name is None:
                nulls |= 1

            at = "last_name"
            last_name = src_dict.get("last_name", ABSENT)
            if (
                type(last_name) is not str
                and last_name is not None
                and last_name is not ABSENT
                and not isinstance(last_name, str)
            ):
                raise TypeError(f"member 'last_name': expected str or None or Unset, got {type(last_name).__name__}")

            if last_name is None:
                nulls |= 2

            at = "date_of_birth"
            date_of_birth = src_dict.get("date_of_birth", ABSENT)
            if (
                type(date_of_birth) is not str
                and date_of_birth is not None
                and date_of_birth is not ABSENT
                and not isinstance(date_of_birth, str)
            ):
                raise TypeError(
                    f"member 'date_of_birth': expected str or None or Unset, got {type(date_of_birth).__name__}"
                )

            if date_of_birth is None:
                nulls |= 4

            at = "nationality"
            nationality = src_dict.get("nationality", ABSENT)
            if (
                type(nationality) is not str
                and nationality is not None
                and nationality is not ABSENT
                and not isinstance(nationality, str)
            ):
                raise TypeError(
                    f"member 'nationality': expected str or None or Unset, got {type(nationality).__name__}"
                )

            if nationality is None:
                nulls |= 8

            at = "country_of_residence"
            country_of_residence = src_dict.get("country_of_residence", ABSENT)
            if (
                type(country_of_residence) is not str
                and country_of_residence is not None
                and country_of_residence is not ABSENT
                and not isinstance(country_of_residence, str)
            ):
                raise TypeError(
                    f"member 'country_of_residence': expected str or None or Unset, got {type(country_of_residence).__name__}"
                )

            if country_of_residence is None:
                nulls |= 16

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        kyc_personal_info = object.__new__(cls)
        kyc_personal_info.first_name = None if first_name is ABSENT else first_name
        kyc_personal_info.last_name = None if last_name is ABSENT else last_name
        kyc_personal_info.date_of_birth = None if date_of_birth is ABSENT else date_of_birth
        kyc_personal_info.nationality = None if nationality is ABSENT else nationality
        kyc_personal_info.country_of_residence = None if country_of_residence is ABSENT else country_of_residence
        kyc_personal_info._nulls = nulls
        kyc_personal_info.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 0
            + (first_name is not ABSENT)
            + (last_name is not ABSENT)
            + (date_of_birth is not ABSENT)
            + (nationality is not ABSENT)
            + (country_of_residence is not ABSENT)
            else {}
        )
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
