from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="ApplicationSettings")
_MEMBERS: frozenset[str] = frozenset(
    (
        "version",
        "environment",
        "build_sha",
        "build_time",
        "migration_sha",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class ApplicationSettings(Model):
    """Version and build facts of the running API.

    Attributes:
        version: Version of the running API build.
        environment: Deployment environment the API runs in.
        build_sha: Git commit the running build was made from.
        build_time: When the running build was made.
        migration_sha: Git commit of the latest database migration applied.
    """

    version: str
    environment: str
    build_sha: str
    build_time: str
    migration_sha: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "version",
        "environment",
        "build_sha",
        "build_time",
        "migration_sha",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        version = self.version

        environment = self.environment

        build_sha = self.build_sha

        build_time = self.build_time

        migration_sha = self.migration_sha

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "environment": environment,
                "build_sha": build_sha,
                "build_time": build_time,
                "migration_sha": migration_sha,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "version"
            version = src_dict["version"]
            if type(version) is not str and not isinstance(version, str):
                raise TypeError(f"member 'version': expected str, got {type(version).__name__}")

            at = "environment"
            environment = src_dict["environment"]
            if type(environment) is not str and not isinstance(environment, str):
                raise TypeError(f"member 'environment': expected str, got {type(environment).__name__}")

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

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        application_settings = object.__new__(cls)
        application_settings.version = version
        application_settings.environment = environment
        application_settings.build_sha = build_sha
        application_settings.build_time = build_time
        application_settings.migration_sha = migration_sha
        application_settings.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 5 else {}
        )
        return application_settings

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
