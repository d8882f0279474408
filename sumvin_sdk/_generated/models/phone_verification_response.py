from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.user_links import UserLinks


T = TypeVar("T", bound="PhoneVerificationResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "phone_number",
        "status",
        "message",
        "expires_in_seconds",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class PhoneVerificationResponse(Model):
    """What `update_phone` and `verify_phone` return: a phone verification.

    Attributes:
        field_links: Links to the user, their wallets, their KYC status and a fresh KYC SDK token.
        phone_number: Phone number in E.164 form, with `+` and the country code (such as `+14155551234`).
        status: `code_sent` when a code went out, `verified` once confirmed.
        message: How the verification went, for people to read.
        expires_in_seconds: Seconds until the code expires; null once the number is verified.
    """

    field_links: UserLinks
    phone_number: str
    status: str
    message: str
    expires_in_seconds: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "phone_number",
        "status",
        "message",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("expires_in_seconds",)

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        phone_number = self.phone_number

        status = self.status

        message = self.message

        _expires_in_seconds = (
            UNSET if self.expires_in_seconds is None and not self._nulls & 1 else self.expires_in_seconds
        )
        expires_in_seconds: int | Unset | None
        if isinstance(_expires_in_seconds, Unset):
            expires_in_seconds = UNSET
        else:
            expires_in_seconds = _expires_in_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "phone_number": phone_number,
                "status": status,
                "message": message,
            }
        )
        if expires_in_seconds is not UNSET:
            field_dict["expires_in_seconds"] = expires_in_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            UserLinks = _models.UserLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "_links"
            field_links = UserLinks.from_dict(src_dict["_links"])

            at = "phone_number"
            phone_number = src_dict["phone_number"]
            if type(phone_number) is not str and not isinstance(phone_number, str):
                raise TypeError(f"member 'phone_number': expected str, got {type(phone_number).__name__}")

            at = "status"
            status = src_dict["status"]
            if type(status) is not str and not isinstance(status, str):
                raise TypeError(f"member 'status': expected str, got {type(status).__name__}")

            at = "message"
            message = src_dict["message"]
            if type(message) is not str and not isinstance(message, str):
                raise TypeError(f"member 'message': expected str, got {type(message).__name__}")

            at = "expires_in_seconds"
            expires_in_seconds = src_dict.get("expires_in_seconds", ABSENT)
            if (
                type(expires_in_seconds) is not int
                and expires_in_seconds is not None
                and expires_in_seconds is not ABSENT
                and (not isinstance(expires_in_seconds, int) or isinstance(expires_in_seconds, bool))
            ):
                raise TypeError(
                    f"member 'expires_in_seconds': expected int or None or Unset, got {type(expires_in_seconds).__name__}"
                )

            if expires_in_seconds is None:
                nulls |= 1

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        phone_verification_response = object.__new__(cls)
        phone_verification_response.field_links = field_links
        phone_verification_response.phone_number = phone_number
        phone_verification_response.status = status
        phone_verification_response.message = message
        phone_verification_response.expires_in_seconds = None if expires_in_seconds is ABSENT else expires_in_seconds
        phone_verification_response._nulls = nulls
        phone_verification_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 4 + (expires_in_seconds is not ABSENT)
            else {}
        )
        return phone_verification_response

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
