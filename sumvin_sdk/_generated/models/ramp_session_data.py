from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

T = TypeVar("T", bound="RampSessionData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "widget_url",
        "token",
        "service_provider_widget_url",
        "external_session_id",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class RampSessionData(Model):
    """A ramp widget session: the URLs to open and the token it starts with.

    Attributes:
        id: Unique id of the ramp session.
        widget_url: URL of the on/off-ramp widget to open for the user.
        token: Short-lived token the widget uses when it loads; not for calling the API.
        service_provider_widget_url: The provider's own widget URL when one provider is pinned; null when the router
            runs the widget.
        external_session_id: Sumvin's session id as sent to the provider; matches the session to webhooks and ramp
            transactions.
    """

    id: str
    widget_url: str
    token: str
    service_provider_widget_url: str | None = None
    external_session_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "widget_url",
        "token",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "service_provider_widget_url",
        "external_session_id",
    )

    def _json_dict(self) -> dict[str, Any]:
        id = self.id

        widget_url = self.widget_url

        token = self.token

        _service_provider_widget_url = (
            UNSET
            if self.service_provider_widget_url is None and not self._nulls & 1
            else self.service_provider_widget_url
        )
        service_provider_widget_url: str | Unset | None
        if isinstance(_service_provider_widget_url, Unset):
            service_provider_widget_url = UNSET
        else:
            service_provider_widget_url = _service_provider_widget_url

        _external_session_id = (
            UNSET if self.external_session_id is None and not self._nulls & 2 else self.external_session_id
        )
        external_session_id: str | Unset | None
        if isinstance(_external_session_id, Unset):
            external_session_id = UNSET
        else:
            external_session_id = _external_session_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "widget_url": widget_url,
                "token": token,
            }
        )
        if service_provider_widget_url is not UNSET:
            field_dict["service_provider_widget_url"] = service_provider_widget_url
        if external_session_id is not UNSET:
            field_dict["external_session_id"] = external_session_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "widget_url"
            widget_url = src_dict["widget_url"]
            if type(widget_url) is not str and not isinstance(widget_url, str):
                raise TypeError(f"member 'widget_url': expected str, got {type(widget_url).__name__}")

            at = "token"
            token = src_dict["token"]
            if type(token) is not str and not isinstance(token, str):
                raise TypeError(f"member 'token': expected str, got {type(token).__name__}")

            at = "service_provider_widget_url"
            service_provider_widget_url = src_dict.get("service_provider_widget_url", ABSENT)
            if (
                type(service_provider_widget_url) is not str
                and service_provider_widget_url is not None
                and service_provider_widget_url is not ABSENT
                and not isinstance(service_provider_widget_url, str)
            ):
                raise TypeError(
                    f"member 'service_provider_widget_url': expected str or None or Unset, got {type(service_provider_widget_url).__name__}"
                )

            if service_provider_widget_url is None:
                nulls |= 1

            at = "external_session_id"
            external_session_id = src_dict.get("external_session_id", ABSENT)
            if (
                type(external_session_id) is not str
                and external_session_id is not None
                and external_session_id is not ABSENT
                and not isinstance(external_session_id, str)
            ):
                raise TypeError(
                    f"member 'external_session_id': expected str or None or Unset, got {type(external_session_id).__name__}"
                )

            if external_session_id is None:
                nulls |= 2

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        ramp_session_data = object.__new__(cls)
        ramp_session_data.id = id
        ramp_session_data.widget_url = widget_url
        ramp_session_data.token = token
        ramp_session_data.service_provider_widget_url = (
            None if service_provider_widget_url is ABSENT else service_provider_widget_url
        )
        ramp_session_data.external_session_id = None if external_session_id is ABSENT else external_session_id
        ramp_session_data._nulls = nulls
        ramp_session_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 3 + (service_provider_widget_url is not ABSENT) + (external_session_id is not ABSENT)
            else {}
        )
        return ramp_session_data

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
