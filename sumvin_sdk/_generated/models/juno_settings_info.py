from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, note_failure

T = TypeVar("T", bound="JunoSettingsInfo")
_MEMBERS: frozenset[str] = frozenset(
    (
        "log_level",
        "gcp_project_id",
        "gcp_region",
        "cors_enabled",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class JunoSettingsInfo(Model):
    """Runtime settings of the Juno API process: log level, cloud project and region, CORS.

    Attributes:
        log_level: Log level the API runs at.
        gcp_project_id: Google Cloud project the API runs in.
        gcp_region: Google Cloud region the API runs in.
        cors_enabled: Whether the API answers cross-origin (CORS) requests. Default: True.
    """

    log_level: str
    gcp_project_id: str
    gcp_region: str
    cors_enabled: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "log_level",
        "gcp_project_id",
        "gcp_region",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("cors_enabled",)

    def _json_dict(self) -> dict[str, Any]:
        log_level = self.log_level

        gcp_project_id = self.gcp_project_id

        gcp_region = self.gcp_region

        _cors_enabled = UNSET if self.cors_enabled is None else self.cors_enabled
        cors_enabled = _cors_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "log_level": log_level,
                "gcp_project_id": gcp_project_id,
                "gcp_region": gcp_region,
            }
        )
        if cors_enabled is not UNSET:
            field_dict["cors_enabled"] = cors_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "log_level"
            log_level = src_dict["log_level"]
            if type(log_level) is not str and not isinstance(log_level, str):
                raise TypeError(f"member 'log_level': expected str, got {type(log_level).__name__}")

            at = "gcp_project_id"
            gcp_project_id = src_dict["gcp_project_id"]
            if type(gcp_project_id) is not str and not isinstance(gcp_project_id, str):
                raise TypeError(f"member 'gcp_project_id': expected str, got {type(gcp_project_id).__name__}")

            at = "gcp_region"
            gcp_region = src_dict["gcp_region"]
            if type(gcp_region) is not str and not isinstance(gcp_region, str):
                raise TypeError(f"member 'gcp_region': expected str, got {type(gcp_region).__name__}")

            cors_enabled = src_dict.get("cors_enabled", ABSENT)
            if type(cors_enabled) is not bool and cors_enabled is not ABSENT and not isinstance(cors_enabled, bool):
                raise TypeError(f"member 'cors_enabled': expected bool or Unset, got {type(cors_enabled).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        juno_settings_info = object.__new__(cls)
        juno_settings_info.log_level = log_level
        juno_settings_info.gcp_project_id = gcp_project_id
        juno_settings_info.gcp_region = gcp_region
        juno_settings_info.cors_enabled = None if cors_enabled is ABSENT else cors_enabled
        juno_settings_info.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 3 + (cors_enabled is not ABSENT)
            else {}
        )
        return juno_settings_info

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
