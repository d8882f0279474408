from __future__ import annotations

import datetime
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
from ..types import PARSE_ERRORS, Model, epoch_ms, note_failure, parse_timestamp

if TYPE_CHECKING:
    from ..models.connector_data import ConnectorData


T = TypeVar("T", bound="UserConnectorData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "connector",
        "is_active",
        "created_at",
        "updated_at",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class UserConnectorData(Model):
    """The user's connection to a third-party service, and whether it is on.

    Attributes:
        id: Unique id of the user connector.
        connector: The third-party service the user connected.
        is_active: Whether the user's connection is on (false when paused).
        created_at: When the user connector was created (epoch ms on the wire).
        updated_at: When the user connector last changed (epoch ms on the wire).
    """

    id: str
    connector: ConnectorData
    is_active: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "connector",
        "is_active",
        "created_at",
        "updated_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        id = self.id

        connector = self.connector.to_dict()

        is_active = self.is_active

        created_at = epoch_ms(self.created_at)

        updated_at = epoch_ms(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "connector": connector,
                "is_active": is_active,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            ConnectorData = _models.ConnectorData
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "connector"
            connector = ConnectorData.from_dict(src_dict["connector"])

            at = "is_active"
            is_active = src_dict["is_active"]
            if type(is_active) is not bool and not isinstance(is_active, bool):
                raise TypeError(f"member 'is_active': expected bool, got {type(is_active).__name__}")

            at = "created_at"
            created_at = parse_timestamp(src_dict["created_at"])

            at = "updated_at"
            updated_at = parse_timestamp(src_dict["updated_at"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        user_connector_data = object.__new__(cls)
        user_connector_data.id = id
        user_connector_data.connector = connector
        user_connector_data.is_active = is_active
        user_connector_data.created_at = created_at
        user_connector_data.updated_at = updated_at
        user_connector_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 5 else {}
        )
        return user_connector_data

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
