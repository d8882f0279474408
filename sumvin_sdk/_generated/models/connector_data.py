from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="ConnectorData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "description",
        "icon_url",
        "auth_type",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class ConnectorData(Model):
    """A third-party service the agent can use: name, description, icon and how it authenticates.

    Attributes:
        id: Unique id of the connector.
        name: Name of the connector as shown to users.
        description: What the connector is for, in a sentence or two.
        icon_url: Image URL of the connector's icon; null when it has none.
        auth_type: How the connector authenticates the user.
    """

    id: str
    name: str
    description: str | None
    icon_url: str | None
    auth_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
        "description",
        "icon_url",
        "auth_type",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: str | None
        description = self.description

        icon_url: str | None
        icon_url = self.icon_url

        auth_type = self.auth_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "icon_url": icon_url,
                "auth_type": auth_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "name"
            name = src_dict["name"]
            if type(name) is not str and not isinstance(name, str):
                raise TypeError(f"member 'name': expected str, got {type(name).__name__}")

            at = "description"
            description = src_dict["description"]
            if type(description) is not str and description is not None and not isinstance(description, str):
                raise TypeError(f"member 'description': expected str or None, got {type(description).__name__}")

            at = "icon_url"
            icon_url = src_dict["icon_url"]
            if type(icon_url) is not str and icon_url is not None and not isinstance(icon_url, str):
                raise TypeError(f"member 'icon_url': expected str or None, got {type(icon_url).__name__}")

            at = "auth_type"
            auth_type = src_dict["auth_type"]
            if type(auth_type) is not str and not isinstance(auth_type, str):
                raise TypeError(f"member 'auth_type': expected str, got {type(auth_type).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        connector_data = object.__new__(cls)
        connector_data.id = id
        connector_data.name = name
        connector_data.description = description
        connector_data.icon_url = icon_url
        connector_data.auth_type = auth_type
        connector_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 5 else {}
        )
        return connector_data

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
