from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="Flag")
_MEMBERS: frozenset[str] = frozenset(("enabled",))  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class Flag(Model):
    """An on or off capability of a merchant.

    Attributes:
        enabled: Whether the merchant offers this capability.
    """

    enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("enabled",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "enabled"
            enabled = src_dict["enabled"]
            if type(enabled) is not bool and not isinstance(enabled, bool):
                raise TypeError(f"member 'enabled': expected bool, got {type(enabled).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        flag = object.__new__(cls)
        flag.enabled = enabled
        flag.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 1 else {}
        )
        return flag

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
