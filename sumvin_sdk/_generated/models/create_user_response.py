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
    from ..models.user_data import UserData
    from ..models.user_links import UserLinks


T = TypeVar("T", bound="CreateUserResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "user",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class CreateUserResponse(Model):
    """What `create_user_account` returns; it creates the Sumvin account of the signed-in identity; answers 208 with the
    existing account when it is already there.

        Example:
            {'_links': {'kyc-status': {'href': '/v0/kyc/status'}, 'self': {'href': '/v0/user/me'}, 'wallets': {'href':
                '/v0/wallets'}}, 'user': {'email': 'user@example.com', 'id': 'usr_abc123', 'primary_eoa_address':
                '0x742d35Cc6634C0532925a3b844Bc9e7595f2bD78', 'safe_creation_status': 'processing'}}

        Attributes:
            field_links: Links to the user, their wallets, their KYC status and a fresh KYC SDK token.
            user: The user that was created.
    """

    field_links: UserLinks
    user: UserData
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
            UserData = _models.UserData
            UserLinks = _models.UserLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = UserLinks.from_dict(src_dict["_links"])

            at = "user"
            user = UserData.from_dict(src_dict["user"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        create_user_response = object.__new__(cls)
        create_user_response.field_links = field_links
        create_user_response.user = user
        create_user_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return create_user_response

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
