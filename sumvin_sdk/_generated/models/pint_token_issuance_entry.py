from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, epoch_ms, note_failure, parse_timestamp

T = TypeVar("T", bound="PintTokenIssuanceEntry")
_MEMBERS: frozenset[str] = frozenset(
    (
        "jti",
        "audience",
        "issued_at",
        "expires_at",
        "revoked",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class PintTokenIssuanceEntry(Model):
    """One token issued from a PINT: who it is for, when it was issued and expires, and whether it was revoked.

    Attributes:
        jti: Unique id of the token (its JWT `jti`).
        audience: Who the token is for: the account holder's own id, an organisation id, or the domain of an outside
            party.
        issued_at: When the token was issued (epoch ms on the wire).
        expires_at: When the token expires (epoch ms on the wire).
        revoked: True once the token has been revoked.
    """

    jti: str
    audience: str
    issued_at: datetime.datetime
    expires_at: datetime.datetime
    revoked: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "jti",
        "audience",
        "issued_at",
        "expires_at",
        "revoked",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        jti = self.jti

        audience = self.audience

        issued_at = epoch_ms(self.issued_at)

        expires_at = epoch_ms(self.expires_at)

        revoked = self.revoked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jti": jti,
                "audience": audience,
                "issued_at": issued_at,
                "expires_at": expires_at,
                "revoked": revoked,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "jti"
            jti = src_dict["jti"]
            if type(jti) is not str and not isinstance(jti, str):
                raise TypeError(f"member 'jti': expected str, got {type(jti).__name__}")

            at = "audience"
            audience = src_dict["audience"]
            if type(audience) is not str and not isinstance(audience, str):
                raise TypeError(f"member 'audience': expected str, got {type(audience).__name__}")

            at = "issued_at"
            issued_at = parse_timestamp(src_dict["issued_at"])

            at = "expires_at"
            expires_at = parse_timestamp(src_dict["expires_at"])

            at = "revoked"
            revoked = src_dict["revoked"]
            if type(revoked) is not bool and not isinstance(revoked, bool):
                raise TypeError(f"member 'revoked': expected bool, got {type(revoked).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        pint_token_issuance_entry = object.__new__(cls)
        pint_token_issuance_entry.jti = jti
        pint_token_issuance_entry.audience = audience
        pint_token_issuance_entry.issued_at = issued_at
        pint_token_issuance_entry.expires_at = expires_at
        pint_token_issuance_entry.revoked = revoked
        pint_token_issuance_entry.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 5 else {}
        )
        return pint_token_issuance_entry

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
