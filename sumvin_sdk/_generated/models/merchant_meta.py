from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, epoch_ms, note_failure, parse_timestamp

T = TypeVar("T", bound="MerchantMeta")
_MEMBERS: frozenset[str] = frozenset(
    (
        "first_hit_at",
        "last_hit_at",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class MerchantMeta(Model):
    """When a merchant was first and last seen.

    Attributes:
        first_hit_at: When the merchant was first found, in epoch milliseconds; null for some old records.
        last_hit_at: When the merchant was last seen, in epoch milliseconds; null for some old records.
    """

    first_hit_at: datetime.datetime | None = None
    last_hit_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "first_hit_at",
        "last_hit_at",
    )

    def _json_dict(self) -> dict[str, Any]:
        _first_hit_at = UNSET if self.first_hit_at is None and not self._nulls & 1 else self.first_hit_at
        first_hit_at: int | Unset | None
        if isinstance(_first_hit_at, Unset):
            first_hit_at = UNSET
        elif isinstance(_first_hit_at, datetime.datetime):
            first_hit_at = epoch_ms(_first_hit_at)
        else:
            first_hit_at = _first_hit_at

        _last_hit_at = UNSET if self.last_hit_at is None and not self._nulls & 2 else self.last_hit_at
        last_hit_at: int | Unset | None
        if isinstance(_last_hit_at, Unset):
            last_hit_at = UNSET
        elif isinstance(_last_hit_at, datetime.datetime):
            last_hit_at = epoch_ms(_last_hit_at)
        else:
            last_hit_at = _last_hit_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_hit_at is not UNSET:
            field_dict["first_hit_at"] = first_hit_at
        if last_hit_at is not UNSET:
            field_dict["last_hit_at"] = last_hit_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "first_hit_at"
            first_hit_at = src_dict.get("first_hit_at", ABSENT)
            if first_hit_at is not None and first_hit_at is not ABSENT:
                if not isinstance(first_hit_at, int | float | str):
                    raise TypeError("member 'first_hit_at': a value of the wrong type")
                first_hit_at = parse_timestamp(first_hit_at)

            if first_hit_at is None:
                nulls |= 1

            at = "last_hit_at"
            last_hit_at = src_dict.get("last_hit_at", ABSENT)
            if last_hit_at is not None and last_hit_at is not ABSENT:
                if not isinstance(last_hit_at, int | float | str):
                    raise TypeError("member 'last_hit_at': a value of the wrong type")
                last_hit_at = parse_timestamp(last_hit_at)

            if last_hit_at is None:
                nulls |= 2

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        merchant_meta = object.__new__(cls)
        merchant_meta.first_hit_at = None if first_hit_at is ABSENT else first_hit_at
        merchant_meta.last_hit_at = None if last_hit_at is ABSENT else last_hit_at
        merchant_meta._nulls = nulls
        merchant_meta.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 0 + (first_hit_at is not ABSENT) + (last_hit_at is not ABSENT)
            else {}
        )
        return merchant_meta

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
