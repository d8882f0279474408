from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="DatabaseConfig")
_MEMBERS: frozenset[str] = frozenset(
    (
        "host",
        "database",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class DatabaseConfig(Model):
    """Database settings: host and database name.

    Attributes:
        host: Host of the database server.
        database: Name of the database.
    """

    host: str
    database: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "host",
        "database",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        host = self.host

        database = self.database

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "host": host,
                "database": database,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "host"
            host = src_dict["host"]
            if type(host) is not str and not isinstance(host, str):
                raise TypeError(f"member 'host': expected str, got {type(host).__name__}")

            at = "database"
            database = src_dict["database"]
            if type(database) is not str and not isinstance(database, str):
                raise TypeError(f"member 'database': expected str, got {type(database).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        database_config = object.__new__(cls)
        database_config.host = host
        database_config.database = database
        database_config.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return database_config

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
