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
    from ..models.user_connector_response_links import UserConnectorResponseLinks


T = TypeVar("T", bound="UserConnectorResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "user_connector",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class UserConnectorResponse(Model):
    """What `connect_service`, `get_user_connector` and `update_user_connector` return: a user connector.

    Attributes:
        field_links: HAL links to this resource and to the actions available next, keyed by relation.
        user_connector: The user's connection to the connector.
    """

    field_links: UserConnectorResponseLinks
    user_connector: UserConnectorData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "user_connector",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        user_connector = self.user_connector.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "user_connector": user_connector,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            UserConnectorData = _models.UserConnectorData
            UserConnectorResponseLinks = _models.UserConnectorResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = UserConnectorResponseLinks.from_dict(src_dict["_links"])

            at = "user_connector"
            user_connector = UserConnectorData.from_dict(src_dict["user_connector"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        user_connector_response = object.__new__(cls)
        user_connector_response.field_links = field_links
        user_connector_response.user_connector = user_connector
        user_connector_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return user_connector_response

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
