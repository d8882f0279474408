from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="KYCRejectionInfo")
_MEMBERS: frozenset[str] = frozenset(
    (
        "can_retry",
        "message",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class KYCRejectionInfo(Model):
    """Why identity verification was rejected, and whether the user may try again.

    Attributes:
        can_retry: Whether the user may submit again; always false when the rejection is final.
        message: Sumsub's reason for the rejection, for people to read.
    """

    can_retry: bool
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "can_retry",
        "message",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        can_retry = self.can_retry

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "can_retry": can_retry,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "can_retry"
            can_retry = src_dict["can_retry"]
            if type(can_retry) is not bool and not isinstance(can_retry, bool):
                raise TypeError(f"member 'can_retry': expected bool, got {type(can_retry).__name__}")

            at = "message"
            message = src_dict["message"]
            if type(message) is not str and not isinstance(message, str):
                raise TypeError(f"member 'message': expected str, got {type(message).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        kyc_rejection_info = object.__new__(cls)
        kyc_rejection_info.can_retry = can_retry
        kyc_rejection_info.message = message
        kyc_rejection_info.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return kyc_rejection_info

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
