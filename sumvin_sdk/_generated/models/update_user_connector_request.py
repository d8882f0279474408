from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    NotRequired,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.connector_auth_payload import ConnectorAuthPayload


T = TypeVar("T", bound="UpdateUserConnectorRequest")
_MEMBERS: frozenset[str] = frozenset(
    (
        "is_active",
        "auth_data",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class UpdateUserConnectorRequest(Model):
    """Body of `update_user_connector`, which changes the settings or credentials of one of the user's connected services.

    Attributes:
        is_active: `False` to pause the connection, `True` to resume it; omit to keep it.
        auth_data: New credentials for the connector; omit to keep them.
    """

    is_active: bool | Unset | None = UNSET
    auth_data: ConnectorAuthPayload | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = ()
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "is_active",
        "auth_data",
    )
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        from ..models.connector_auth_payload import ConnectorAuthPayload

        is_active: bool | Unset | None
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        auth_data: dict[str, Any] | Unset | None
        if isinstance(self.auth_data, Unset):
            auth_data = UNSET
        elif isinstance(self.auth_data, ConnectorAuthPayload):
            auth_data = self.auth_data.to_dict()
        else:
            auth_data = self.auth_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if auth_data is not UNSET:
            field_dict["auth_data"] = auth_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            ConnectorAuthPayload = _models.ConnectorAuthPayload
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "is_active"
            is_active = src_dict.get("is_active", ABSENT)
            if (
                type(is_active) is not bool
                and is_active is not None
                and is_active is not ABSENT
                and not isinstance(is_active, bool)
            ):
                raise TypeError(f"member 'is_active': expected bool or None or Unset, got {type(is_active).__name__}")

            at = "auth_data"
            auth_data = src_dict.get("auth_data", ABSENT)
            if auth_data is not None and auth_data is not ABSENT:
                if not isinstance(auth_data, dict):
                    raise TypeError("member 'auth_data': a value of the wrong type")
                auth_data = ConnectorAuthPayload.from_dict(auth_data)

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        update_user_connector_request = object.__new__(cls)
        update_user_connector_request.is_active = is_active
        update_user_connector_request.auth_data = auth_data
        update_user_connector_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 0 + (is_active is not ABSENT) + (auth_data is not ABSENT)
            else {}
        )
        return update_user_connector_request

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


class UpdateUserConnectorRequestDict(TypedDict):
    """``UpdateUserConnectorRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    is_active: NotRequired[bool | None]
    auth_data: NotRequired[_models.ConnectorAuthPayloadDict | _models.ConnectorAuthPayload | None]
