from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="ReachabilityService")
_MEMBERS: frozenset[str] = frozenset(
    (
        "namespace",
        "transport",
        "endpoint",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class ReachabilityService(Model):
    """One UCP service of a merchant: its namespace, protocol and endpoint.

    Attributes:
        namespace: Namespace of the service, naming its vertical (such as `dev.ucp.shopping`).
        transport: Protocol the endpoint speaks: `rest`, `mcp`, `a2a` or `embedded`.
        endpoint: URL of the merchant's UCP server for the service, often on another host; empty for `embedded`.
    """

    namespace: str
    transport: str
    endpoint: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "namespace",
        "transport",
        "endpoint",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        namespace = self.namespace

        transport = self.transport

        endpoint = self.endpoint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "namespace": namespace,
                "transport": transport,
                "endpoint": endpoint,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "namespace"
            namespace = src_dict["namespace"]
            if type(namespace) is not str and not isinstance(namespace, str):
                raise TypeError(f"member 'namespace': expected str, got {type(namespace).__name__}")

            at = "transport"
            transport = src_dict["transport"]
            if type(transport) is not str and not isinstance(transport, str):
                raise TypeError(f"member 'transport': expected str, got {type(transport).__name__}")

            at = "endpoint"
            endpoint = src_dict["endpoint"]
            if type(endpoint) is not str and not isinstance(endpoint, str):
                raise TypeError(f"member 'endpoint': expected str, got {type(endpoint).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        reachability_service = object.__new__(cls)
        reachability_service.namespace = namespace
        reachability_service.transport = transport
        reachability_service.endpoint = endpoint
        reachability_service.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 3 else {}
        )
        return reachability_service

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
