from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import PARSE_ERRORS, Model, note_failure

if TYPE_CHECKING:
    from ..models.connector_auth_payload import ConnectorAuthPayload


T = TypeVar("T", bound="ConnectServiceRequest")
_MEMBERS: frozenset[str] = frozenset(
    (
        "connector_id",
        "auth_data",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class ConnectServiceRequest(Model):
    """Body of `connect_service`, which connects a service for the user with the credentials or authorisation it needs.

    Attributes:
        connector_id: Id of the connector (third-party service).
        auth_data: Credentials the connector needs to sign in.
    """

    connector_id: str
    auth_data: ConnectorAuthPayload
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "connector_id",
        "auth_data",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        connector_id = self.connector_id

        auth_data = self.auth_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connector_id": connector_id,
                "auth_data": auth_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            ConnectorAuthPayload = _models.ConnectorAuthPayload
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "connector_id"
            connector_id = src_dict["connector_id"]
            if type(connector_id) is not str and not isinstance(connector_id, str):
                raise TypeError(f"member 'connector_id': expected str, got {type(connector_id).__name__}")

            at = "auth_data"
            auth_data = ConnectorAuthPayload.from_dict(src_dict["auth_data"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        connect_service_request = object.__new__(cls)
        connect_service_request.connector_id = connector_id
        connect_service_request.auth_data = auth_data
        connect_service_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 2 else {}
        )
        return connect_service_request

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


class ConnectServiceRequestDict(TypedDict):
    """``ConnectServiceRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    connector_id: str
    auth_data: _models.ConnectorAuthPayloadDict | _models.ConnectorAuthPayload
