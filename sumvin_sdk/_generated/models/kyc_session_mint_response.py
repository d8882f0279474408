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
    from ..models.kyc_session_links import KycSessionLinks


T = TypeVar("T", bound="KycSessionMintResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "ticket",
        "url",
        "expires_at",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class KycSessionMintResponse(Model):
    """What `mint_kyc_session` returns; it starts identity verification from the command line (personal access token only):
    returns a browser link and a single-use ticket; 409 when already verified.

        Example:
            {'_links': {'redemption': {'href': '/v0/kyc/sessions/redemption', 'method': 'POST'}, 'self': {'href':
                '/v0/kyc/sessions', 'method': 'POST'}, 'status': {'href': '/v0/kyc/status'}}, 'expires_at': 1735689600000,
                'ticket': 'kFq2...redacted...9dR', 'url': 'https://app.sumvin.com/cli/kyc?ticket=kFq2...redacted...9dR'}

        Attributes:
            field_links: Links to redeem the session's ticket and to check how verification ended.
            ticket: Single-use secret ticket for the session, shown only in this response; whoever holds it can redeem it.
            url: Web address of the KYC session mint.
            expires_at: When the KYC session mint expires (epoch ms on the wire).
    """

    field_links: KycSessionLinks
    ticket: str
    url: str
    expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "ticket",
        "url",
        "expires_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        ticket = self.ticket

        url = self.url

        expires_at = epoch_ms(self.expires_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "ticket": ticket,
                "url": url,
                "expires_at": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            KycSessionLinks = _models.KycSessionLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = KycSessionLinks.from_dict(src_dict["_links"])

            at = "ticket"
            ticket = src_dict["ticket"]
            if type(ticket) is not str and not isinstance(ticket, str):
                raise TypeError(f"member 'ticket': expected str, got {type(ticket).__name__}")

            at = "url"
            url = src_dict["url"]
            if type(url) is not str and not isinstance(url, str):
                raise TypeError(f"member 'url': expected str, got {type(url).__name__}")

            at = "expires_at"
            expires_at = parse_timestamp(src_dict["expires_at"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        kyc_session_mint_response = object.__new__(cls)
        kyc_session_mint_response.field_links = field_links
        kyc_session_mint_response.ticket = ticket
        kyc_session_mint_response.url = url
        kyc_session_mint_response.expires_at = expires_at
        kyc_session_mint_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 4 else {}
        )
        return kyc_session_mint_response

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
