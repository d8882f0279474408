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
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, epoch_ms, note_failure, parse_timestamp

if TYPE_CHECKING:
    from ..models.pint_exchange_response_links import PintExchangeResponseLinks


T = TypeVar("T", bound="PintExchangeResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "sig",
        "id",
        "audience",
        "scopes",
        "expires_at",
        "sri",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class PintExchangeResponse(Model):
    """What `exchange_pint` returns; it exchanges a signed purchase intent for a PINT token addressed to its `audience`
    (yourself when omitted); 208 when already exchanged.

        Attributes:
            field_links: HAL links to this resource and to the actions available next, keyed by relation.
            sig: The PINT token (a JWT) to present with later calls.
            id: Unique id of the PINT exchange.
            audience: Who the token is addressed to.
            scopes: Permissions granted, as scope names.
            expires_at: When the PINT exchange expires (epoch ms on the wire).
            sri: Sumvin resource identifier (SRI) of the signer; null when not given.
    """

    field_links: PintExchangeResponseLinks
    sig: str
    id: str
    audience: str
    scopes: list[str]
    expires_at: datetime.datetime
    sri: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "sig",
        "id",
        "audience",
        "scopes",
        "expires_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("sri",)

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        sig = self.sig

        id = self.id

        audience = self.audience

        scopes = self.scopes

        expires_at = epoch_ms(self.expires_at)

        _sri = UNSET if self.sri is None and not self._nulls & 1 else self.sri
        sri: str | Unset | None
        if isinstance(_sri, Unset):
            sri = UNSET
        else:
            sri = _sri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "sig": sig,
                "id": id,
                "audience": audience,
                "scopes": scopes,
                "expires_at": expires_at,
            }
        )
        if sri is not UNSET:
            field_dict["sri"] = sri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            PintExchangeResponseLinks = _models.PintExchangeResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "_links"
            field_links = PintExchangeResponseLinks.from_dict(src_dict["_links"])

            at = "sig"
            sig = src_dict["sig"]
            if type(sig) is not str and not isinstance(sig, str):
                raise TypeError(f"member 'sig': expected str, got {type(sig).__name__}")

            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "audience"
            audience = src_dict["audience"]
            if type(audience) is not str and not isinstance(audience, str):
                raise TypeError(f"member 'audience': expected str, got {type(audience).__name__}")

            at = "scopes"
            _scopes = src_dict["scopes"]
            if not isinstance(_scopes, list):
                raise TypeError(f"member 'scopes': expected a list, got {type(_scopes).__name__}")

            for scopes_item in _scopes:
                if type(scopes_item) is not str and not isinstance(scopes_item, str):
                    raise TypeError(f"member 'scopes[]': expected str, got {type(scopes_item).__name__}")

            scopes = _scopes

            at = "expires_at"
            expires_at = parse_timestamp(src_dict["expires_at"])

            at = "sri"
            sri = src_dict.get("sri", ABSENT)
            if type(sri) is not str and sri is not None and sri is not ABSENT and not isinstance(sri, str):
                raise TypeError(f"member 'sri': expected str or None or Unset, got {type(sri).__name__}")

            if sri is None:
                nulls |= 1

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        pint_exchange_response = object.__new__(cls)
        pint_exchange_response.field_links = field_links
        pint_exchange_response.sig = sig
        pint_exchange_response.id = id
        pint_exchange_response.audience = audience
        pint_exchange_response.scopes = scopes
        pint_exchange_response.expires_at = expires_at
        pint_exchange_response.sri = None if sri is ABSENT else sri
        pint_exchange_response._nulls = nulls
        pint_exchange_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 6 + (sri is not ABSENT) else {}
        )
        return pint_exchange_response

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
