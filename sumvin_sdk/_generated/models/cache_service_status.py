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
from ..models.health_status import HealthStatus
from ..types import PARSE_ERRORS, Model, note_failure

if TYPE_CHECKING:
    from ..models.cache_config import CacheConfig


T = TypeVar("T", bound="CacheServiceStatus")
_MEMBERS: frozenset[str] = frozenset(
    (
        "status",
        "config",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class CacheServiceStatus(Model):
    """Health and settings of the cache.

    Attributes:
        status: Whether the cache is healthy.
        config: Cache settings the API runs with.
    """

    status: HealthStatus
    config: CacheConfig
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "status",
        "config",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        status = HealthStatus(self.status).value

        config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "config": config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            CacheConfig = _models.CacheConfig
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "status"
            status = HealthStatus.parse(src_dict["status"])

            at = "config"
            config = CacheConfig.from_dict(src_dict["config"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        cache_service_status = object.__new__(cls)
        cache_service_status.status = status
        cache_service_status.config = config
        cache_service_status.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return cache_service_status

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
