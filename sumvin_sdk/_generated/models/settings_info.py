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
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.application_settings import ApplicationSettings
    from ..models.juno_settings_info import JunoSettingsInfo
    from ..models.settings_info_debug_type_0 import SettingsInfoDebugType0


T = TypeVar("T", bound="SettingsInfo")
_MEMBERS: frozenset[str] = frozenset(
    (
        "application",
        "juno",
        "debug",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class SettingsInfo(Model):
    """Settings the API runs with, without secrets.

    Attributes:
        application: Settings of the API build and deployment.
        juno: Settings of the Juno API process.
        debug: Full settings, outside production only; null in production.
    """

    application: ApplicationSettings
    juno: JunoSettingsInfo
    debug: SettingsInfoDebugType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "application",
        "juno",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("debug",)

    def _json_dict(self) -> dict[str, Any]:
        from ..models.settings_info_debug_type_0 import SettingsInfoDebugType0

        application = self.application.to_dict()

        juno = self.juno.to_dict()

        _debug = UNSET if self.debug is None and not self._nulls & 1 else self.debug
        debug: dict[str, Any] | Unset | None
        if isinstance(_debug, Unset):
            debug = UNSET
        elif isinstance(_debug, SettingsInfoDebugType0):
            debug = _debug.to_dict()
        else:
            debug = _debug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application": application,
                "juno": juno,
            }
        )
        if debug is not UNSET:
            field_dict["debug"] = debug

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            ApplicationSettings = _models.ApplicationSettings
            JunoSettingsInfo = _models.JunoSettingsInfo
            SettingsInfoDebugType0 = _models.SettingsInfoDebugType0
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "application"
            application = ApplicationSettings.from_dict(src_dict["application"])

            at = "juno"
            juno = JunoSettingsInfo.from_dict(src_dict["juno"])

            at = "debug"
            debug = src_dict.get("debug", ABSENT)
            if debug is not None and debug is not ABSENT:
                if not isinstance(debug, dict):
                    raise TypeError("member 'debug': a value of the wrong type")
                debug = SettingsInfoDebugType0.from_dict(debug)

            if debug is None:
                nulls |= 1

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        settings_info = object.__new__(cls)
        settings_info.application = application
        settings_info.juno = juno
        settings_info.debug = None if debug is ABSENT else debug
        settings_info._nulls = nulls
        settings_info.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 2 + (debug is not ABSENT)
            else {}
        )
        return settings_info

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
