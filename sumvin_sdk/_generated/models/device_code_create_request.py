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

T = TypeVar("T", bound="DeviceCodeCreateRequest")
_MEMBERS: frozenset[str] = frozenset(("client_name",))  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class DeviceCodeCreateRequest(Model):
    """Body of `create_device_code`, which starts a device sign-in: returns the code to show the user and the one the
    client polls with.

        Example:
            {'client_name': 'Sumvin CLI on my-laptop'}

        Attributes:
            client_name: Label for the device asking to sign in, shown to the user; at most 255 characters.
    """

    client_name: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("client_name",)
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        client_name: str | Unset | None
        if isinstance(self.client_name, Unset):
            client_name = UNSET
        else:
            client_name = self.client_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_name is not UNSET:
            field_dict["client_name"] = client_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "client_name"
            client_name = src_dict.get("client_name", ABSENT)
            if (
                type(client_name) is not str
                and client_name is not None
                and client_name is not ABSENT
                and not isinstance(client_name, str)
            ):
                raise TypeError(
                    f"member 'client_name': expected str or None or Unset, got {type(client_name).__name__}"
                )

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        device_code_create_request = object.__new__(cls)
        device_code_create_request.client_name = client_name
        device_code_create_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 0 + (client_name is not ABSENT)
            else {}
        )
        return device_code_create_request

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


class DeviceCodeCreateRequestDict(TypedDict):
    """``DeviceCodeCreateRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    client_name: NotRequired[str | None]
