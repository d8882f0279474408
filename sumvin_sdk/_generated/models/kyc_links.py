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
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="KYCLinks")
_MEMBERS: frozenset[str] = frozenset(
    (
        "self",
        "user",
        "status",
        "access-token",
        "sessions",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class KYCLinks(Model):
    """Links of a KYC: related resources and the actions available.

    Attributes:
        self_: Link to this resource.
        user: Link to the user's profile; null when not offered.
        status: Link to the verification status; null when not offered.
        access_token: Link that makes a fresh Sumsub SDK token; null when not offered.
        sessions: Link that starts a verification session to finish in a browser; null when not offered.
    """

    self_: Link
    user: Link | None = None
    status: Link | None = None
    access_token: Link | None = None
    sessions: Link | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("self_",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "user",
        "status",
        "access_token",
        "sessions",
    )

    def _json_dict(self) -> dict[str, Any]:
        from ..models.link import Link

        self_ = self.self_.to_dict()

        _user = UNSET if self.user is None and not self._nulls & 1 else self.user
        user: dict[str, Any] | Unset | None
        if isinstance(_user, Unset):
            user = UNSET
        elif isinstance(_user, Link):
            user = _user.to_dict()
        else:
            user = _user

        _status = UNSET if self.status is None and not self._nulls & 2 else self.status
        status: dict[str, Any] | Unset | None
        if isinstance(_status, Unset):
            status = UNSET
        elif isinstance(_status, Link):
            status = _status.to_dict()
        else:
            status = _status

        _access_token = UNSET if self.access_token is None and not self._nulls & 4 else self.access_token
        access_token: dict[str, Any] | Unset | None
        if isinstance(_access_token, Unset):
            access_token = UNSET
        elif isinstance(_access_token, Link):
            access_token = _access_token.to_dict()
        else:
            access_token = _access_token

        _sessions = UNSET if self.sessions is None and not self._nulls & 8 else self.sessions
        sessions: dict[str, Any] | Unset | None
        if isinstance(_sessions, Unset):
            sessions = UNSET
        elif isinstance(_sessions, Link):
            sessions = _sessions.to_dict()
        else:
            sessions = _sessions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "self": self_,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user
        if status is not UNSET:
            field_dict["status"] = status
        if access_token is not UNSET:
            field_dict["access-token"] = access_token
        if sessions is not UNSET:
            field_dict["sessions"] = sessions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            Link = _models.Link
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "self"
            self_ = Link.from_dict(src_dict["self"])

            at = "user"
            user = src_dict.get("user", ABSENT)
            if user is not None and user is not ABSENT:
                if not isinstance(user, dict):
                    raise TypeError("member 'user': a value of the wrong type")
                user = Link.from_dict(user)

            if user is None:
                nulls |= 1

            at = "status"
            status = src_dict.get("status", ABSENT)
            if status is not None and status is not ABSENT:
                if not isinstance(status, dict):
                    raise TypeError("member 'status': a value of the wrong type")
                status = Link.from_dict(status)

            if status is None:
                nulls |= 2

            at = "access-token"
            access_token = src_dict.get("access-token", ABSENT)
            if access_token is not None and access_token is not ABSENT:
                if not isinstance(access_token, dict):
                    raise TypeError("member 'access_token': a value of the wrong type")
                access_token = Link.from_dict(access_token)

            if access_token is None:
                nulls |= 4

            at = "sessions"
            sessions = src_dict.get("sessions", ABSENT)
            if sessions is not None and sessions is not ABSENT:
                if not isinstance(sessions, dict):
                    raise TypeError("member 'sessions': a value of the wrong type")
                sessions = Link.from_dict(sessions)

            if sessions is None:
                nulls |= 8

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        kyc_links = object.__new__(cls)
        kyc_links.self_ = self_
        kyc_links.user = None if user is ABSENT else user
        kyc_links.status = None if status is ABSENT else status
        kyc_links.access_token = None if access_token is ABSENT else access_token
        kyc_links.sessions = None if sessions is ABSENT else sessions
        kyc_links._nulls = nulls
        kyc_links.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 1
            + (user is not ABSENT)
            + (status is not ABSENT)
            + (access_token is not ABSENT)
            + (sessions is not ABSENT)
            else {}
        )
        return kyc_links

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
