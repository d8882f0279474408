from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="KYCLinks")


@_attrs_define
class KYCLinks:
    """A KYC links.

    Attributes:
        self_ (Link): A link.
        user (Link | None | Unset): User of the KYC links.
        status (Link | None | Unset): Current state of the KYC links.
        access_token (Link | None | Unset): Access token of the KYC links.
        sessions (Link | None | Unset): Sessions of the KYC links.
    """

    self_: Link
    user: Link | Unset | None = UNSET
    status: Link | Unset | None = UNSET
    access_token: Link | Unset | None = UNSET
    sessions: Link | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.link import Link

        self_ = self.self_.to_dict()

        user: dict[str, Any] | Unset | None
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, Link):
            user = self.user.to_dict()
        else:
            user = self.user

        status: dict[str, Any] | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, Link):
            status = self.status.to_dict()
        else:
            status = self.status

        access_token: dict[str, Any] | Unset | None
        if isinstance(self.access_token, Unset):
            access_token = UNSET
        elif isinstance(self.access_token, Link):
            access_token = self.access_token.to_dict()
        else:
            access_token = self.access_token

        sessions: dict[str, Any] | Unset | None
        if isinstance(self.sessions, Unset):
            sessions = UNSET
        elif isinstance(self.sessions, Link):
            sessions = self.sessions.to_dict()
        else:
            sessions = self.sessions

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

        kyc_links = cls(
            self_=self_,
            user=user,
            status=status,
            access_token=access_token,
            sessions=sessions,
        )

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
