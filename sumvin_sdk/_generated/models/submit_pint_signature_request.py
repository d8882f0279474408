from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="SubmitPintSignatureRequest")
_MEMBERS: frozenset[str] = frozenset(("signature",))  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class SubmitPintSignatureRequest(Model):
    """Body of `submit_pint_signature`, which activates a pending PINT with the wallet's signature over its stored typed
    data; 208 for the same signature again, 409 for a different one.

        Example:
            {'signature': '0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
                aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'}

        Attributes:
            signature: Signature (hex) over the signed payload.
    """

    signature: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("signature",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        signature = self.signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "signature": signature,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "signature"
            signature = src_dict["signature"]
            if type(signature) is not str and not isinstance(signature, str):
                raise TypeError(f"member 'signature': expected str, got {type(signature).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        submit_pint_signature_request = object.__new__(cls)
        submit_pint_signature_request.signature = signature
        submit_pint_signature_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 1 else {}
        )
        return submit_pint_signature_request

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


class SubmitPintSignatureRequestDict(TypedDict):
    """``SubmitPintSignatureRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    signature: str
