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

T = TypeVar("T", bound="InvalidParam")
_MEMBERS: frozenset[str] = frozenset(
    (
        "name",
        "reason",
        "provided",
        "valid_example",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class InvalidParam(Model):
    """One refused query parameter and the reason.

    Attributes:
        name: Name of the parameter that was refused.
        reason: Why the value was refused.
        provided: The value that was sent; null when none was.
        valid_example: A value that would have been accepted; null when none is given.
    """

    name: str
    reason: str
    provided: str | None = None
    valid_example: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "name",
        "reason",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "provided",
        "valid_example",
    )

    def _json_dict(self) -> dict[str, Any]:
        name = self.name

        reason = self.reason

        _provided = UNSET if self.provided is None and not self._nulls & 1 else self.provided
        provided: str | Unset | None
        if isinstance(_provided, Unset):
            provided = UNSET
        else:
            provided = _provided

        _valid_example = UNSET if self.valid_example is None and not self._nulls & 2 else self.valid_example
        valid_example: str | Unset | None
        if isinstance(_valid_example, Unset):
            valid_example = UNSET
        else:
            valid_example = _valid_example

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "reason": reason,
            }
        )
        if provided is not UNSET:
            field_dict["provided"] = provided
        if valid_example is not UNSET:
            field_dict["valid_example"] = valid_example

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "name"
            name = src_dict["name"]
            if type(name) is not str and not isinstance(name, str):
                raise TypeError(f"member 'name': expected str, got {type(name).__name__}")

            at = "reason"
            reason = src_dict["reason"]
            if type(reason) is not str and not isinstance(reason, str):
                raise TypeError(f"member 'reason': expected str, got {type(reason).__name__}")

            at = "provided"
            provided = src_dict.get("provided", ABSENT)
            if (
                type(provided) is not str
                and provided is not None
                and provided is not ABSENT
                and not isinstance(provided, str)
            ):
                raise TypeError(f"member 'provided': expected str or None or Unset, got {type(provided).__name__}")

            if provided is None:
                nulls |= 1

            at = "valid_example"
            valid_example = src_dict.get("valid_example", ABSENT)
            if (
                type(valid_example) is not str
                and valid_example is not None
                and valid_example is not ABSENT
                and not isinstance(valid_example, str)
            ):
                raise TypeError(
                    f"member 'valid_example': expected str or None or Unset, got {type(valid_example).__name__}"
                )

            if valid_example is None:
                nulls |= 2

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        invalid_param = object.__new__(cls)
        invalid_param.name = name
        invalid_param.reason = reason
        invalid_param.provided = None if provided is ABSENT else provided
        invalid_param.valid_example = None if valid_example is ABSENT else valid_example
        invalid_param._nulls = nulls
        invalid_param.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 2 + (provided is not ABSENT) + (valid_example is not ABSENT)
            else {}
        )
        return invalid_param

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
