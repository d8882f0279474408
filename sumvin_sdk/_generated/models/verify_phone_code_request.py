from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="VerifyPhoneCodeRequest")
_MEMBERS: frozenset[str] = frozenset(("verification_code",))  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class VerifyPhoneCodeRequest(Model):
    """Body of `verify_phone`, which confirms the user's phone number with the code that was texted to it.

    Attributes:
        verification_code: The six-digit code texted to the phone; it expires after 10 minutes.
    """

    verification_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("verification_code",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        verification_code = self.verification_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "verification_code": verification_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "verification_code"
            verification_code = src_dict["verification_code"]
            if type(verification_code) is not str and not isinstance(verification_code, str):
                raise TypeError(f"member 'verification_code': expected str, got {type(verification_code).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        verify_phone_code_request = object.__new__(cls)
        verify_phone_code_request.verification_code = verification_code
        verify_phone_code_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 1 else {}
        )
        return verify_phone_code_request

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


class VerifyPhoneCodeRequestDict(TypedDict):
    """``VerifyPhoneCodeRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    verification_code: str
