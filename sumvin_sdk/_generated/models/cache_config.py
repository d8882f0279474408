from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="CacheConfig")
_MEMBERS: frozenset[str] = frozenset(
    (
        "host",
        "port",
        "db",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class CacheConfig(Model):
    """Cache server settings: host, port and database number.

    Attributes:
        host: Host of the cache server.
        port: Port of the cache server.
        db: Database number on the cache server.
    """

    host: str
    port: int
    db: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "host",
        "port",
        "db",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        host = self.host

        port = self.port

        db = self.db

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "host": host,
                "port": port,
                "db": db,
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

            at = "port"
            port = src_dict["port"]
            if type(port) is not int and (not isinstance(port, int) or isinstance(port, bool)):
                raise TypeError(f"member 'port': expected int, got {type(port).__name__}")

            at = "db"
            db = src_dict["db"]
            if type(db) is not int and (not isinstance(db, int) or isinstance(db, bool)):
                raise TypeError(f"member 'db': expected int, got {type(db).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        cache_config = object.__new__(cls)
        cache_config.host = host
        cache_config.port = port
        cache_config.db = db
        cache_config.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 3 else {}
        )
        return cache_config

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
