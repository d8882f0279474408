from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="PersonalAccessTokenExchangeRequest")
_MEMBERS: frozenset[str] = frozenset(("device_code",))  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class PersonalAccessTokenExchangeRequest(Model):
    """Body of `exchange_device_code`, which exchanges an approved device sign-in for a personal access token.

    Example:
        {'device_code': 'x3k9...redacted...q7'}

    Attributes:
        device_code: The device code from the start of the sign-in, once the user approved it.
    """

    device_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("device_code",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        device_code = self.device_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "device_code": device_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "device_code"
            device_code = src_dict["device_code"]
            if type(device_code) is not str and not isinstance(device_code, str):
                raise TypeError(f"member 'device_code': expected str, got {type(device_code).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        personal_access_token_exchange_request = object.__new__(cls)
        personal_access_token_exchange_request.device_code = device_code
        personal_access_token_exchange_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 1 else {}
        )
        return personal_access_token_exchange_request

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


class PersonalAccessTokenExchangeRequestDict(TypedDict):
    """``PersonalAccessTokenExchangeRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    device_code: str
