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
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, epoch_ms, note_failure, parse_timestamp

if TYPE_CHECKING:
    from ..models.personal_access_token_exchange_response_links import PersonalAccessTokenExchangeResponseLinks


T = TypeVar("T", bound="PersonalAccessTokenExchangeResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "token",
        "expires_at",
        "token_type",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class PersonalAccessTokenExchangeResponse(Model):
    """What `exchange_device_code` returns; it exchanges an approved device sign-in for a personal access token.

    Example:
        {'_links': {'self': {'href': '/v0/cli/personal-access-tokens'}, 'tokens': {'href': '/v0/cli/personal-access-
            tokens'}}, 'expires_at': 1735689600000, 'token': 'cli_...plaintext...shown-once', 'token_type': 'bearer'}

    Attributes:
        field_links: HAL links to this resource and to the actions available next, keyed by relation.
        token: The personal access token in plain text; shown only in this response, so keep it.
        expires_at: When the personal access token exchange expires (epoch ms on the wire).
        token_type: Kind of token; always `bearer`. Default: 'bearer'.
    """

    field_links: PersonalAccessTokenExchangeResponseLinks
    token: str
    expires_at: datetime.datetime
    token_type: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "token",
        "expires_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("token_type",)

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        token = self.token

        expires_at = epoch_ms(self.expires_at)

        _token_type = UNSET if self.token_type is None else self.token_type
        token_type = _token_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "token": token,
                "expires_at": expires_at,
            }
        )
        if token_type is not UNSET:
            field_dict["token_type"] = token_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            PersonalAccessTokenExchangeResponseLinks = _models.PersonalAccessTokenExchangeResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = PersonalAccessTokenExchangeResponseLinks.from_dict(src_dict["_links"])

            at = "token"
            token = src_dict["token"]
            if type(token) is not str and not isinstance(token, str):
                raise TypeError(f"member 'token': expected str, got {type(token).__name__}")

            at = "expires_at"
            expires_at = parse_timestamp(src_dict["expires_at"])

            token_type = src_dict.get("token_type", ABSENT)
            if type(token_type) is not str and token_type is not ABSENT and not isinstance(token_type, str):
                raise TypeError(f"member 'token_type': expected str or Unset, got {type(token_type).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        personal_access_token_exchange_response = object.__new__(cls)
        personal_access_token_exchange_response.field_links = field_links
        personal_access_token_exchange_response.token = token
        personal_access_token_exchange_response.expires_at = expires_at
        personal_access_token_exchange_response.token_type = None if token_type is ABSENT else token_type
        personal_access_token_exchange_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 3 + (token_type is not ABSENT)
            else {}
        )
        return personal_access_token_exchange_response

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
