from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="DateRange")
_MEMBERS: frozenset[str] = frozenset(
    (
        "earliest",
        "latest",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class DateRange(Model):
    """Times of the earliest and latest transaction in a result.

    Attributes:
        earliest: Time of the earliest transaction in the result, ISO 8601.
        latest: Time of the latest transaction in the result, ISO 8601.
    """

    earliest: str
    latest: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "earliest",
        "latest",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        earliest = self.earliest

        latest = self.latest

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "earliest": earliest,
                "latest": latest,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "earliest"
            earliest = src_dict["earliest"]
            if type(earliest) is not str and not isinstance(earliest, str):
                raise TypeError(f"member 'earliest': expected str, got {type(earliest).__name__}")

            at = "latest"
            latest = src_dict["latest"]
            if type(latest) is not str and not isinstance(latest, str):
                raise TypeError(f"member 'latest': expected str, got {type(latest).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        date_range = object.__new__(cls)
        date_range.earliest = earliest
        date_range.latest = latest
        date_range.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return date_range

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
