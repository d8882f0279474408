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

from ..models.deployable_chain import DeployableChain
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

T = TypeVar("T", bound="SiweVerifyRequest")
_MEMBERS: frozenset[str] = frozenset(
    (
        "message",
        "signature",
        "chain_id",
        "nickname",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class SiweVerifyRequest(Model):
    """Body of `verify_and_create_wallet`, which checks a signed SIWE message and registers the signing wallet for the
    user.

        Attributes:
            message: The EIP-4361 (SIWE) message that was signed, as received (at most 4,096 characters).
            signature: Signature (hex) over the signed payload.
            chain_id: EVM chain id the SIWE verify lives on (for example 1329 for Sei).
            nickname: Name the user gave the SIWE verify.
    """

    message: str
    signature: str
    chain_id: DeployableChain
    nickname: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "message",
        "signature",
        "chain_id",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("nickname",)
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        message = self.message

        signature = self.signature

        chain_id = DeployableChain(self.chain_id).value

        nickname: str | Unset | None
        if isinstance(self.nickname, Unset):
            nickname = UNSET
        else:
            nickname = self.nickname

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "signature": signature,
                "chain_id": chain_id,
            }
        )
        if nickname is not UNSET:
            field_dict["nickname"] = nickname

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "message"
            message = src_dict["message"]
            if type(message) is not str and not isinstance(message, str):
                raise TypeError(f"member 'message': expected str, got {type(message).__name__}")

            at = "signature"
            signature = src_dict["signature"]
            if type(signature) is not str and not isinstance(signature, str):
                raise TypeError(f"member 'signature': expected str, got {type(signature).__name__}")

            at = "chain_id"
            chain_id = DeployableChain.parse(src_dict["chain_id"])

            at = "nickname"
            nickname = src_dict.get("nickname", ABSENT)
            if (
                type(nickname) is not str
                and nickname is not None
                and nickname is not ABSENT
                and not isinstance(nickname, str)
            ):
                raise TypeError(f"member 'nickname': expected str or None or Unset, got {type(nickname).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        siwe_verify_request = object.__new__(cls)
        siwe_verify_request.message = message
        siwe_verify_request.signature = signature
        siwe_verify_request.chain_id = chain_id
        siwe_verify_request.nickname = nickname
        siwe_verify_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 3 + (nickname is not ABSENT)
            else {}
        )
        return siwe_verify_request

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


class SiweVerifyRequestDict(TypedDict):
    """``SiweVerifyRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    message: str
    signature: str
    chain_id: DeployableChain | int
    nickname: NotRequired[str | None]
