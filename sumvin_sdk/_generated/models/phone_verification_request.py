from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    NotRequired,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

T = TypeVar("T", bound="PhoneVerificationRequest")
_MEMBERS: frozenset[str] = frozenset(
    (
        "phone_number",
        "resend",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class PhoneVerificationRequest(Model):
    """Body of `update_phone`, which sets the user's phone number and sends a verification code to it by SMS.

    Attributes:
        phone_number: Phone number in E.164 form, with `+` and the country code (such as `+14155551234`).
        resend: `True` to send the code again to the pending number; cannot be combined with `phone_number`. Default:
            False.
    """

    phone_number: str | Unset | None = UNSET
    resend: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "phone_number",
        "resend",
    )
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        phone_number: str | Unset | None
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        resend = self.resend

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if resend is not UNSET:
            field_dict["resend"] = resend

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "phone_number"
            phone_number = src_dict.get("phone_number", ABSENT)
            if (
                type(phone_number) is not str
                and phone_number is not None
                and phone_number is not ABSENT
                and not isinstance(phone_number, str)
            ):
                raise TypeError(
                    f"member 'phone_number': expected str or None or Unset, got {type(phone_number).__name__}"
                )

            resend = src_dict.get("resend", ABSENT)
            if type(resend) is not bool and resend is not ABSENT and not isinstance(resend, bool):
                raise TypeError(f"member 'resend': expected bool or Unset, got {type(resend).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        phone_verification_request = object.__new__(cls)
        phone_verification_request.phone_number = phone_number
        phone_verification_request.resend = resend
        phone_verification_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 0 + (phone_number is not ABSENT) + (resend is not ABSENT)
            else {}
        )
        return phone_verification_request

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


class PhoneVerificationRequestDict(TypedDict):
    """``PhoneVerificationRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    phone_number: NotRequired[str | None]
    resend: NotRequired[bool]
