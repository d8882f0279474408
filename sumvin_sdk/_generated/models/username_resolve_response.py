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
    from ..models.public_user_profile import PublicUserProfile
    from ..models.username_resolve_response_links import UsernameResolveResponseLinks


T = TypeVar("T", bound="UsernameResolveResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "user",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class UsernameResolveResponse(Model):
    """What `resolve_username` returns; it looks a username up and returns the public profile and wallet address it belongs
    to.

        Attributes:
            field_links: HAL links to this resource and to the actions available next, keyed by relation.
            user: Public profile of the user the username belongs to.
    """

    field_links: UsernameResolveResponseLinks
    user: PublicUserProfile
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "user",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "user": user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            PublicUserProfile = _models.PublicUserProfile
            UsernameResolveResponseLinks = _models.UsernameResolveResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = UsernameResolveResponseLinks.from_dict(src_dict["_links"])

            at = "user"
            user = PublicUserProfile.from_dict(src_dict["user"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        username_resolve_response = object.__new__(cls)
        username_resolve_response.field_links = field_links
        username_resolve_response.user = user
        username_resolve_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return username_resolve_response

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
