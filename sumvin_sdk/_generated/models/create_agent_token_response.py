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
    from ..models.create_agent_token_response_links import CreateAgentTokenResponseLinks


T = TypeVar("T", bound="CreateAgentTokenResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "token",
        "expires_at",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class CreateAgentTokenResponse(Model):
    """What `create_user_token` returns; it issues a short-lived agent token for one user; the calling agent proves itself
    with its agent id and key headers, not a user credential.

        Attributes:
            field_links: HAL links to this resource and to the actions available next, keyed by relation.
            token: The agent token; it is shown only in this response, so keep it.
            expires_at: When the agent token stops working (epoch ms on the wire).
    """

    field_links: CreateAgentTokenResponseLinks
    token: str
    expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "token",
        "expires_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        token = self.token

        expires_at = epoch_ms(self.expires_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "token": token,
                "expires_at": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            CreateAgentTokenResponseLinks = _models.CreateAgentTokenResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = CreateAgentTokenResponseLinks.from_dict(src_dict["_links"])

            at = "token"
            token = src_dict["token"]
            if type(token) is not str and not isinstance(token, str):
                raise TypeError(f"member 'token': expected str, got {type(token).__name__}")

            at = "expires_at"
            expires_at = parse_timestamp(src_dict["expires_at"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        create_agent_token_response = object.__new__(cls)
        create_agent_token_response.field_links = field_links
        create_agent_token_response.token = token
        create_agent_token_response.expires_at = expires_at
        create_agent_token_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 3 else {}
        )
        return create_agent_token_response

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
