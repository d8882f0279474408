from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Model, Unset

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="KYCLinks")


@_attrs_define(repr=False)
class KYCLinks(Model):
    """Links of a KYC: related resources and the actions available.

    Attributes:
        self_: Link to this resource.
        user: User of the KYC links.
        status: Current state of the KYC links.
        access_token: Access token of the KYC links.
        sessions: Sessions of the KYC links.
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
        d = dict(src_dict)
        nulls = 0
        self_ = Link.from_dict(d.pop("self"))

        def _parse_user(data: object) -> Link | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            user_type_0 = Link.from_dict(data)

            return user_type_0

        user = _parse_user(d.pop("user", UNSET))

        if user is None:
            nulls |= 1

        def _parse_status(data: object) -> Link | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            status_type_0 = Link.from_dict(data)

            return status_type_0

        status = _parse_status(d.pop("status", UNSET))

        if status is None:
            nulls |= 2

        def _parse_access_token(data: object) -> Link | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            access_token_type_0 = Link.from_dict(data)

            return access_token_type_0

        access_token = _parse_access_token(d.pop("access-token", UNSET))

        if access_token is None:
            nulls |= 4

        def _parse_sessions(data: object) -> Link | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            sessions_type_0 = Link.from_dict(data)

            return sessions_type_0

        sessions = _parse_sessions(d.pop("sessions", UNSET))

        if sessions is None:
            nulls |= 8

        kyc_links = cls(
            self_=self_,
            user=None if isinstance(user, Unset) else user,
            status=None if isinstance(status, Unset) else status,
            access_token=None if isinstance(access_token, Unset) else access_token,
            sessions=None if isinstance(sessions, Unset) else sessions,
        )

        kyc_links._nulls = nulls

        kyc_links.additional_properties = d
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
