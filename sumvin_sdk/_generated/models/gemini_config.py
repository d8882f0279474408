from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="GeminiConfig")
_MEMBERS: frozenset[str] = frozenset(("configured",))  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class GeminiConfig(Model):
    """Gemini settings: whether a key is configured.

    Attributes:
        configured: Whether a Gemini API key is configured.
    """

    configured: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("configured",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        configured = self.configured

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "configured": configured,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "configured"
            configured = src_dict["configured"]
            if type(configured) is not bool and not isinstance(configured, bool):
                raise TypeError(f"member 'configured': expected bool, got {type(configured).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        gemini_config = object.__new__(cls)
        gemini_config.configured = configured
        gemini_config.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 1 else {}
        )
        return gemini_config

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
