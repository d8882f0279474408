from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="DeviceCodeApprovalRequest")
_MEMBERS: frozenset[str] = frozenset(("user_code",))  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class DeviceCodeApprovalRequest(Model):
    """Body of `approve_device_code`, which approves a pending device sign-in for the signed-in user.

    Example:
        {'user_code': 'ABCD-EFGH'}

    Attributes:
        user_code: The short code the CLI showed, which the user confirms.
    """

    user_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("user_code",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        user_code = self.user_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_code": user_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "user_code"
            user_code = src_dict["user_code"]
            if type(user_code) is not str and not isinstance(user_code, str):
                raise TypeError(f"member 'user_code': expected str, got {type(user_code).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        device_code_approval_request = object.__new__(cls)
        device_code_approval_request.user_code = user_code
        device_code_approval_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 1 else {}
        )
        return device_code_approval_request

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


class DeviceCodeApprovalRequestDict(TypedDict):
    """``DeviceCodeApprovalRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    user_code: str
