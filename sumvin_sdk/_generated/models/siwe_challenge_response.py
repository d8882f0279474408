from __future__ import annotations

import datetime
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
from ..types import PARSE_ERRORS, Model, epoch_ms, note_failure, parse_timestamp

if TYPE_CHECKING:
    from ..models.common_links import CommonLinks


T = TypeVar("T", bound="SiweChallengeResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "message",
        "nonce",
        "expires_at",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class SiweChallengeResponse(Model):
    """What `get_challenge` returns: a Sign-In with Ethereum message for an address and chain, to be signed by the wallet.

    Attributes:
        field_links: Link to this challenge (`self`).
        message: The EIP-4361 (SIWE) message for the wallet to sign.
        nonce: One-time nonce the SIWE message must carry, so the signature cannot be replayed.
        expires_at: When the SIWE challenge expires (epoch ms on the wire).
    """

    field_links: CommonLinks
    message: str
    nonce: str
    expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "message",
        "nonce",
        "expires_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        message = self.message

        nonce = self.nonce

        expires_at = epoch_ms(self.expires_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "message": message,
                "nonce": nonce,
                "expires_at": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            CommonLinks = _models.CommonLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = CommonLinks.from_dict(src_dict["_links"])

            at = "message"
            message = src_dict["message"]
            if type(message) is not str and not isinstance(message, str):
                raise TypeError(f"member 'message': expected str, got {type(message).__name__}")

            at = "nonce"
            nonce = src_dict["nonce"]
            if type(nonce) is not str and not isinstance(nonce, str):
                raise TypeError(f"member 'nonce': expected str, got {type(nonce).__name__}")

            at = "expires_at"
            expires_at = parse_timestamp(src_dict["expires_at"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        siwe_challenge_response = object.__new__(cls)
        siwe_challenge_response.field_links = field_links
        siwe_challenge_response.message = message
        siwe_challenge_response.nonce = nonce
        siwe_challenge_response.expires_at = expires_at
        siwe_challenge_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 4 else {}
        )
        return siwe_challenge_response

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
