from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="WalletSignerCreateRequest")
_MEMBERS: frozenset[str] = frozenset(("new_owner_address",))  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class WalletSignerCreateRequest(Model):
    """Body of `register_wallet_signer`, which starts adding an address as a signer of the user's primary Safe (personal
    access token only); the addition completes on chain afterwards.

        Attributes:
            new_owner_address: Address to add as a Safe signer (0x and 40 hex digits); it can act for the Safe once added,
                so only use a key you control.
    """

    new_owner_address: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("new_owner_address",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        new_owner_address = self.new_owner_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "new_owner_address": new_owner_address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "new_owner_address"
            new_owner_address = src_dict["new_owner_address"]
            if type(new_owner_address) is not str and not isinstance(new_owner_address, str):
                raise TypeError(f"member 'new_owner_address': expected str, got {type(new_owner_address).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        wallet_signer_create_request = object.__new__(cls)
        wallet_signer_create_request.new_owner_address = new_owner_address
        wallet_signer_create_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 1 else {}
        )
        return wallet_signer_create_request

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


class WalletSignerCreateRequestDict(TypedDict):
    """``WalletSignerCreateRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    new_owner_address: str
