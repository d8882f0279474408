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
from ..models.kyc_session_origin import KycSessionOrigin
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.kyc_session_redemption_links import KycSessionRedemptionLinks


T = TypeVar("T", bound="KycSessionRedemptionResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "access_token",
        "expires_in",
        "user_id",
        "level_name",
        "session_id",
        "origin",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class KycSessionRedemptionResponse(Model):
    """What `redeem_kyc_session` returns; it trades a verification session's ticket, sent in a header, for the Sumsub token
    that starts identity capture; works once.

        Example:
            {'_links': {'applicant': {'href': '/v0/kyc/applicant', 'method': 'POST'}, 'self': {'href':
                '/v0/kyc/sessions/redemption', 'method': 'POST'}, 'status': {'href': '/v0/kyc/status'}}, 'access_token': '_act-
                sbx-...', 'expires_in': 600, 'level_name': 'basic-kyc-level', 'origin': 'connector', 'session_id':
                'kycs-9f21ce4a', 'user_id': 'usr_abc123'}

        Attributes:
            field_links: Links to create the KYC applicant and to check how verification ended.
            access_token: Short-lived token for starting the Sumsub Web SDK.
            expires_in: Seconds the token stays valid.
            user_id: Identifier of the user the KYC session redemption belongs to.
            level_name: Verification level the token is for; configure the SDK with it.
            session_id: Id of the redeemed verification session.
            origin: Where the person started verifying (`cli`, `connector` or `app`), to send them back there; null for
                older sessions.
    """

    field_links: KycSessionRedemptionLinks
    access_token: str
    expires_in: int
    user_id: str
    level_name: str
    session_id: str
    origin: KycSessionOrigin | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "access_token",
        "expires_in",
        "user_id",
        "level_name",
        "session_id",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("origin",)

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        access_token = self.access_token

        expires_in = self.expires_in

        user_id = self.user_id

        level_name = self.level_name

        session_id = self.session_id

        _origin = UNSET if self.origin is None and not self._nulls & 1 else self.origin
        origin: str | Unset | None
        if isinstance(_origin, Unset):
            origin = UNSET
        elif isinstance(_origin, KycSessionOrigin):
            origin = KycSessionOrigin(_origin).value
        else:
            origin = _origin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "access_token": access_token,
                "expires_in": expires_in,
                "user_id": user_id,
                "level_name": level_name,
                "session_id": session_id,
            }
        )
        if origin is not UNSET:
            field_dict["origin"] = origin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            KycSessionRedemptionLinks = _models.KycSessionRedemptionLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "_links"
            field_links = KycSessionRedemptionLinks.from_dict(src_dict["_links"])

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

            at = "level_name"
            level_name = src_dict["level_name"]
            if type(level_name) is not str and not isinstance(level_name, str):
                raise TypeError(f"member 'level_name': expected str, got {type(level_name).__name__}")

            at = "session_id"
            session_id = src_dict["session_id"]
            if type(session_id) is not str and not isinstance(session_id, str):
                raise TypeError(f"member 'session_id': expected str, got {type(session_id).__name__}")

            at = "origin"
            origin = src_dict.get("origin", ABSENT)
            if origin is not None and origin is not ABSENT:
                if not isinstance(origin, str):
                    raise TypeError("member 'origin': a value of the wrong type")
                origin = KycSessionOrigin.parse(origin)

            if origin is None:
                nulls |= 1

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        kyc_session_redemption_response = object.__new__(cls)
        kyc_session_redemption_response.field_links = field_links
        kyc_session_redemption_response.access_token = access_token
        kyc_session_redemption_response.expires_in = expires_in
        kyc_session_redemption_response.user_id = user_id
        kyc_session_redemption_response.level_name = level_name
        kyc_session_redemption_response.session_id = session_id
        kyc_session_redemption_response.origin = None if origin is ABSENT else origin
        kyc_session_redemption_response._nulls = nulls
        kyc_session_redemption_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 6 + (origin is not ABSENT)
            else {}
        )
        return kyc_session_redemption_response

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
