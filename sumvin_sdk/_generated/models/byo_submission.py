from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="BYOSubmission")
_MEMBERS: frozenset[str] = frozenset(("address",))  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class BYOSubmission(Model):
    """Submission of an existing Safe for onboarding: its address.

    Attributes:
        address: Address of the Safe the user already has, 0x-hex.
    """

    address: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("address",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        address = self.address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "address": address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "address"
            address = src_dict["address"]
            if type(address) is not str and not isinstance(address, str):
                raise TypeError(f"member 'address': expected str, got {type(address).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        byo_submission = object.__new__(cls)
        byo_submission.address = address
        byo_submission.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 1 else {}
        )
        return byo_submission

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


class BYOSubmissionDict(TypedDict):
    """``BYOSubmission`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    address: str
