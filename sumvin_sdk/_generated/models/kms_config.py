from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="KMSConfig")
_MEMBERS: frozenset[str] = frozenset(
    (
        "project_id",
        "keyring",
        "region",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class KMSConfig(Model):
    """Key management settings: cloud project, key ring and region.

    Attributes:
        project_id: Google Cloud project holding the signing keys.
        keyring: Key ring holding the signing keys.
        region: Region of the key ring.
    """

    project_id: str
    keyring: str
    region: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "project_id",
        "keyring",
        "region",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        keyring = self.keyring

        region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "keyring": keyring,
                "region": region,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "project_id"
            project_id = src_dict["project_id"]
            if type(project_id) is not str and not isinstance(project_id, str):
                raise TypeError(f"member 'project_id': expected str, got {type(project_id).__name__}")

            at = "keyring"
            keyring = src_dict["keyring"]
            if type(keyring) is not str and not isinstance(keyring, str):
                raise TypeError(f"member 'keyring': expected str, got {type(keyring).__name__}")

            at = "region"
            region = src_dict["region"]
            if type(region) is not str and not isinstance(region, str):
                raise TypeError(f"member 'region': expected str, got {type(region).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        kms_config = object.__new__(cls)
        kms_config.project_id = project_id
        kms_config.keyring = keyring
        kms_config.region = region
        kms_config.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 3 else {}
        )
        return kms_config

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
