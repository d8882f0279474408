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
    from ..models.user_connector_data import UserConnectorData
    from ..models.user_connector_list_response_links import UserConnectorListResponseLinks


T = TypeVar("T", bound="UserConnectorListResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "user_connectors",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class UserConnectorListResponse(Model):
    """What `list_user_connectors` returns; it lists the services the user has connected.

    Attributes:
        field_links: HAL links for paging through the list and to related actions, keyed by relation.
        user_connectors: The user connectors on this page.
    """

    field_links: UserConnectorListResponseLinks
    user_connectors: list[UserConnectorData]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "user_connectors",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _ITEMS: ClassVar[str | None] = "user_connectors"

    def page_items(self) -> list[UserConnectorData]:
        """The items of this page (``Sumvin.paginate`` walks them across pages)."""
        return self.user_connectors

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        user_connectors = []
        for user_connectors_item_data in self.user_connectors:
            user_connectors_item = user_connectors_item_data.to_dict()
            user_connectors.append(user_connectors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "user_connectors": user_connectors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            UserConnectorData = _models.UserConnectorData
            UserConnectorListResponseLinks = _models.UserConnectorListResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = UserConnectorListResponseLinks.from_dict(src_dict["_links"])

            at = "user_connectors"
            _user_connectors = src_dict["user_connectors"]
            if not isinstance(_user_connectors, list):
                raise TypeError(f"member 'user_connectors': expected a list, got {type(_user_connectors).__name__}")

            user_connectors = [
                UserConnectorData.from_dict(user_connectors_item_data) for user_connectors_item_data in _user_connectors
            ]

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        user_connector_list_response = object.__new__(cls)
        user_connector_list_response.field_links = field_links
        user_connector_list_response.user_connectors = user_connectors
        user_connector_list_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return user_connector_list_response

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
