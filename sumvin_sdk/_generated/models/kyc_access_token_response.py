from __future__ import annotations

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
from ..types import PARSE_ERRORS, Model, note_failure

if TYPE_CHECKING:
    from ..models.kyc_links import KYCLinks


T = TypeVar("T", bound="KYCAccessTokenResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "access_token",
        "expires_in",
        "user_id",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class KYCAccessTokenResponse(Model):
    """What `get_access_token` returns: a short-lived token for the identity-verification SDK, for the liveness or passport
    level.

        Example:
            {'_links': {'self': {'href': '/v0/kyc/access-token', 'method': 'POST'}, 'status': {'href': '/v0/kyc/status'}},
                'access_token': '_act-sbx-...', 'expires_in': 600, 'user_id': 'usr_abc123'}

        Attributes:
            field_links: Links to the user, the KYC status, a fresh Sumsub token and a browser verification session.
            access_token: Short-lived token for starting the Sumsub Web SDK.
            expires_in: Seconds the token stays valid; ask for a new one after that.
            user_id: Identifier of the user the KYC access token belongs to.
    """

    field_links: KYCLinks
    access_token: str
    expires_in: int
    user_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "access_token",
        "expires_in",
        "user_id",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        access_token = self.access_token

        expires_in = self.expires_in

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "access_token": access_token,
                "expires_in": expires_in,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            KYCLinks = _models.KYCLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = KYCLinks.from_dict(src_dict["_links"])

            at = "access_token"
            access_token = src_dict["access_token"]
            if type(access_token) is not str and not isinstance(access_token, str):
                raise TypeError(f"member 'access_token': expected str, got {type(access_token).__name__}")

            at = "expires_in"
            expires_in = src_dict["expires_in"]
            if type(expires_in) is not int and (not isinstance(expires_in, int) or isinstance(expires_in, bool)):
                raise TypeError(f"member 'expires_in': expected int, got {type(expires_in).__name__}")

            at = "user_id"
            user_id = src_dict["user_id"]
            if type(user_id) is not str and not isinstance(user_id, str):
                raise TypeError(f"member 'user_id': expected str, got {type(user_id).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        kyc_access_token_response = object.__new__(cls)
        kyc_access_token_response.field_links = field_links
        kyc_access_token_response.access_token = access_token
        kyc_access_token_response.expires_in = expires_in
        kyc_access_token_response.user_id = user_id
        kyc_access_token_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 4 else {}
        )
        return kyc_access_token_response

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
