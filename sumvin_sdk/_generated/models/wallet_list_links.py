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


T = TypeVar("T", bound="WalletListLinks")
_MEMBERS: frozenset[str] = frozenset(
    (
        "self",
        "user",
        "create",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class WalletListLinks(Model):
    """Links of a wallet list: related resources and the actions available.

    Attributes:
        self_: Link to this resource.
        user: Link to the signed-in user's profile; null when not offered.
        create: Link to add a wallet; null when not offered.
    """

    self_: Link
    user: Link | None = None
    create: Link | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("self_",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "user",
        "create",
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

        _create = UNSET if self.create is None and not self._nulls & 2 else self.create
        create: dict[str, Any] | Unset | None
        if isinstance(_create, Unset):
            create = UNSET
        elif isinstance(_create, Link):
            create = _create.to_dict()
        else:
            create = _create

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "self": self_,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user
        if create is not UNSET:
            field_dict["create"] = create

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

            at = "create"
            create = src_dict.get("create", ABSENT)
            if create is not None and create is not ABSENT:
                if not isinstance(create, dict):
                    raise TypeError("member 'create': a value of the wrong type")
                create = Link.from_dict(create)

            if create is None:
                nulls |= 2

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        wallet_list_links = object.__new__(cls)
        wallet_list_links.self_ = self_
        wallet_list_links.user = None if user is ABSENT else user
        wallet_list_links.create = None if create is ABSENT else create
        wallet_list_links._nulls = nulls
        wallet_list_links.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 1 + (user is not ABSENT) + (create is not ABSENT)
            else {}
        )
        return wallet_list_links

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
