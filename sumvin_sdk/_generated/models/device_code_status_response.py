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
from ..models.cli_device_authorization_status import CliDeviceAuthorizationStatus
from ..types import PARSE_ERRORS, Model, note_failure

if TYPE_CHECKING:
    from ..models.device_code_status_response_links import DeviceCodeStatusResponseLinks


T = TypeVar("T", bound="DeviceCodeStatusResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "status",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class DeviceCodeStatusResponse(Model):
    """What `poll_device_code` and `approve_device_code` return: a device code status.

    Example:
        {'_links': {'exchange': {'href': '/v0/cli/personal-access-tokens', 'method': 'POST'}, 'self': {'href':
            '/v0/cli/device-codes/x3k9...redacted...q7'}}, 'status': 'pending'}

    Attributes:
        field_links: HAL links to this resource and to the actions available next, keyed by relation.
        status: Where the sign-in stands: `pending`, `approved`, `exchanged` (a token was issued), `denied` or
            `expired`.
    """

    field_links: DeviceCodeStatusResponseLinks
    status: CliDeviceAuthorizationStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "status",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        status = CliDeviceAuthorizationStatus(self.status).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            DeviceCodeStatusResponseLinks = _models.DeviceCodeStatusResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = DeviceCodeStatusResponseLinks.from_dict(src_dict["_links"])

            at = "status"
            status = CliDeviceAuthorizationStatus.parse(src_dict["status"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        device_code_status_response = object.__new__(cls)
        device_code_status_response.field_links = field_links
        device_code_status_response.status = status
        device_code_status_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return device_code_status_response

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
