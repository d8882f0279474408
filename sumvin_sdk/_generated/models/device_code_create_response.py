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
from ..types import PARSE_ERRORS, Model, note_failure

if TYPE_CHECKING:
    from ..models.device_code_create_response_links import DeviceCodeCreateResponseLinks


T = TypeVar("T", bound="DeviceCodeCreateResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "device_code",
        "user_code",
        "verification_uri",
        "verification_uri_complete",
        "expires_in",
        "interval",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class DeviceCodeCreateResponse(Model):
    """What `create_device_code` returns; it starts a device sign-in: returns the code to show the user and the one the
    client polls with.

        Example:
            {'_links': {'approval': {'href': '/v0/cli/device-codes/x3k9...redacted...q7/approval', 'method': 'POST'},
                'poll': {'href': '/v0/cli/device-codes/x3k9...redacted...q7'}, 'self': {'href': '/v0/cli/device-
                codes/x3k9...redacted...q7'}}, 'device_code': 'x3k9...redacted...q7', 'expires_in': 600, 'interval': 5,
                'user_code': 'ABCD-EFGH', 'verification_uri': 'https://app.sumvin.com/cli/authorize',
                'verification_uri_complete': 'https://app.sumvin.com/cli/authorize?device_code=x3k9...&user_code=ABCD-EFGH'}

        Attributes:
            field_links: HAL links to this resource and to the actions available next, keyed by relation.
            device_code: Secret the CLI polls with and exchanges for a token; keep it private.
            user_code: Short code the user checks in the browser before approving.
            verification_uri: Page where the user approves the sign-in.
            verification_uri_complete: The approval page with the codes filled in.
            expires_in: Lifetime of the device code, in seconds.
            interval: Least number of seconds to wait between polls.
    """

    field_links: DeviceCodeCreateResponseLinks
    device_code: str
    user_code: str
    verification_uri: str
    verification_uri_complete: str
    expires_in: int
    interval: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "device_code",
        "user_code",
        "verification_uri",
        "verification_uri_complete",
        "expires_in",
        "interval",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        device_code = self.device_code

        user_code = self.user_code

        verification_uri = self.verification_uri

        verification_uri_complete = self.verification_uri_complete

        expires_in = self.expires_in

        interval = self.interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "device_code": device_code,
                "user_code": user_code,
                "verification_uri": verification_uri,
                "verification_uri_complete": verification_uri_complete,
                "expires_in": expires_in,
                "interval": interval,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            DeviceCodeCreateResponseLinks = _models.DeviceCodeCreateResponseLinks
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "_links"
            field_links = DeviceCodeCreateResponseLinks.from_dict(src_dict["_links"])

            at = "device_code"
            device_code = src_dict["device_code"]
            if type(device_code) is not str and not isinstance(device_code, str):
                raise TypeError(f"member 'device_code': expected str, got {type(device_code).__name__}")

            at = "user_code"
            user_code = src_dict["user_code"]
            if type(user_code) is not str and not isinstance(user_code, str):
                raise TypeError(f"member 'user_code': expected str, got {type(user_code).__name__}")

            at = "verification_uri"
            verification_uri = src_dict["verification_uri"]
            if type(verification_uri) is not str and not isinstance(verification_uri, str):
                raise TypeError(f"member 'verification_uri': expected str, got {type(verification_uri).__name__}")

            at = "verification_uri_complete"
            verification_uri_complete = src_dict["verification_uri_complete"]
            if type(verification_uri_complete) is not str and not isinstance(verification_uri_complete, str):
                raise TypeError(
                    f"member 'verification_uri_complete': expected str, got {type(verification_uri_complete).__name__}"
                )

            at = "expires_in"
            expires_in = src_dict["expires_in"]
            if type(expires_in) is not int and (not isinstance(expires_in, int) or isinstance(expires_in, bool)):
                raise TypeError(f"member 'expires_in': expected int, got {type(expires_in).__name__}")

            at = "interval"
            interval = src_dict["interval"]
            if type(interval) is not int and (not isinstance(interval, int) or isinstance(interval, bool)):
                raise TypeError(f"member 'interval': expected int, got {type(interval).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        device_code_create_response = object.__new__(cls)
        device_code_create_response.field_links = field_links
        device_code_create_response.device_code = device_code
        device_code_create_response.user_code = user_code
        device_code_create_response.verification_uri = verification_uri
        device_code_create_response.verification_uri_complete = verification_uri_complete
        device_code_create_response.expires_in = expires_in
        device_code_create_response.interval = interval
        device_code_create_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 7 else {}
        )
        return device_code_create_response

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
