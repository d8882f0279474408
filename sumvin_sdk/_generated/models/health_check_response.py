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
from ..models.health_status import HealthStatus
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, epoch_ms, note_failure, parse_timestamp

if TYPE_CHECKING:
    from ..models.health_check_response_links import HealthCheckResponseLinks
    from ..models.services_status import ServicesStatus
    from ..models.settings_info import SettingsInfo


T = TypeVar("T", bound="HealthCheckResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "status",
        "service",
        "version",
        "build_sha",
        "build_time",
        "migration_sha",
        "environment",
        "timestamp",
        "services",
        "settings",
        "safe_verify_available",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class HealthCheckResponse(Model):
    """What `health_check` returns; it reports whether the API and the services it depends on are up.

    Attributes:
        field_links: HAL links to this resource and to the actions available next, keyed by relation.
        status: Overall health: `healthy`, `degraded` or `unhealthy`.
        service: Name of the service that answered.
        version: Version of the running API build.
        build_sha: Git commit the running build was made from.
        build_time: When the running build was made.
        migration_sha: Git commit of the latest database migration applied.
        environment: Deployment environment the API runs in.
        timestamp: When the health check happened (epoch ms on the wire).
        services: Health of each service the API depends on.
        settings: Settings the API runs with (no secrets).
        safe_verify_available: Whether the RPC proxy's Safe verification route answered: true reachable, false not, null
            not yet probed.
    """

    field_links: HealthCheckResponseLinks
    status: HealthStatus
    service: str
    version: str
    build_sha: str
    build_time: str
    migration_sha: str
    environment: str
    timestamp: datetime.datetime
    services: ServicesStatus
    settings: SettingsInfo
    safe_verify_available: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "status",
        "service",
        "version",
        "build_sha",
        "build_time",
        "migration_sha",
        "environment",
        "timestamp",
        "services",
        "settings",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("safe_verify_available",)

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        status = HealthStatus(self.status).value

        service = self.service

        version = self.version

        build_sha = self.build_sha

        build_time = self.build_time

        migration_sha = self.migration_sha

        environment = self.environment

        timestamp = epoch_ms(self.timestamp)

        services = self.services.to_dict()

        settings = self.settings.to_dict()

        _safe_verify_available = (
            UNSET if self.safe_verify_available is None and not self._nulls & 1 else self.safe_verify_available
        )
        safe_verify_available: bool | Unset | None
        if isinstance(_safe_verify_available, Unset):
            safe_verify_available = UNSET
        else:
            safe_verify_available = _safe_verify_available

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "status": status,
                "service": service,
                "version": version,
                "build_sha": build_sha,
                "build_time": build_time,
                "migration_sha": migration_sha,
                "environment": environment,
                "timestamp": timestamp,
                "services": services,
                "settings": settings,
            }
        )
        if safe_verify_available is not UNSET:
            field_dict["safe_verify_available"] = safe_verify_available

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            HealthCheckResponseLinks = _models.HealthCheckResponseLinks
            ServicesStatus = _models.ServicesStatus
            SettingsInfo = _models.SettingsInfo
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "_links"
            field_links = HealthCheckResponseLinks.from_dict(src_dict["_links"])

            at = "status"
            status = HealthStatus.parse(src_dict["status"])

            at = "service"
            service = src_dict["service"]
            if type(service) is not str and not isinstance(service, str):
                raise TypeError(f"member 'service': expected str, got {type(service).__name__}")

            at = "version"
            version = src_dict["version"]
            if type(version) is not str and not isinstance(version, str):
                raise TypeError(f"member 'version': expected str, got {type(version).__name__}")

            at = "build_sha"
            build_sha = src_dict["build_sha"]
            if type(build_sha) is not str and not isinstance(build_sha, str):
                raise TypeError(f"member 'build_sha': expected str, got {type(build_sha).__name__}")

            at = "build_time"
            build_time = src_dict["build_time"]
            if type(build_time) is not str and not isinstance(build_time, str):
                raise TypeError(f"member 'build_time': expected str, got {type(build_time).__name__}")

            at = "migration_sha"
            migration_sha = src_dict["migration_sha"]
            if type(migration_sha) is not str and not isinstance(migration_sha, str):
                raise TypeError(f"member 'migration_sha': expected str, got {type(migration_sha).__name__}")

            at = "environment"
            environment = src_dict["environment"]
            if type(environment) is not str and not isinstance(environment, str):
                raise TypeError(f"member 'environment': expected str, got {type(environment).__name__}")

            at = "timestamp"
            timestamp = parse_timestamp(src_dict["timestamp"])

            at = "services"
            services = ServicesStatus.from_dict(src_dict["services"])

            at = "settings"
            settings = SettingsInfo.from_dict(src_dict["settings"])

            at = "safe_verify_available"
            safe_verify_available = src_dict.get("safe_verify_available", ABSENT)
            if (
                type(safe_verify_available) is not bool
                and safe_verify_available is not None
                and safe_verify_available is not ABSENT
                and not isinstance(safe_verify_available, bool)
            ):
                raise TypeError(
                    f"member 'safe_verify_available': expected bool or None or Unset, got {type(safe_verify_available).__name__}"
                )

            if safe_verify_available is None:
                nulls |= 1

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        health_check_response = object.__new__(cls)
        health_check_response.field_links = field_links
        health_check_response.status = status
        health_check_response.service = service
        health_check_response.version = version
        health_check_response.build_sha = build_sha
        health_check_response.build_time = build_time
        health_check_response.migration_sha = migration_sha
        health_check_response.environment = environment
        health_check_response.timestamp = timestamp
        health_check_response.services = services
        health_check_response.settings = settings
        health_check_response.safe_verify_available = None if safe_verify_available is ABSENT else safe_verify_available
        health_check_response._nulls = nulls
        health_check_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 11 + (safe_verify_available is not ABSENT)
            else {}
        )
        return health_check_response

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
