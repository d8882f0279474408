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
    from ..models.flag import Flag
    from ..models.fulfillment import Fulfillment
    from ..models.reachability_service import ReachabilityService


T = TypeVar("T", bound="UcpProfile")
_MEMBERS: frozenset[str] = frozenset(
    (
        "version",
        "capabilities",
        "transports",
        "payment_handlers",
        "fulfillment",
        "services",
        "a2a",
        "oauth",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class UcpProfile(Model):
    """What a merchant declares under UCP: version, capabilities, transports and services.

    Attributes:
        version: UCP version the merchant advertises; empty when no profile is known for it.
        capabilities: UCP capabilities the merchant declares.
        transports: Transports the merchant's UCP services can be reached over.
        payment_handlers: Payment handlers the merchant accepts.
        fulfillment: How the merchant fulfils orders; reserved, null in this API version.
        services: The merchant's UCP services and their endpoints; a service may be offered over several transports;
            null when not advertised.
        a2a: Whether agent-to-agent (A2A) interaction is on.
        oauth: Whether the merchant supports OAuth sign-in.
    """

    version: str
    capabilities: list[str] | None = None
    transports: list[str] | None = None
    payment_handlers: list[str] | None = None
    fulfillment: Fulfillment | None = None
    services: list[ReachabilityService] | None = None
    a2a: Flag | None = None
    oauth: Flag | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("version",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "capabilities",
        "transports",
        "payment_handlers",
        "fulfillment",
        "services",
        "a2a",
        "oauth",
    )

    def _json_dict(self) -> dict[str, Any]:
        from ..models.fulfillment import Fulfillment

        version = self.version

        _capabilities = UNSET if self.capabilities is None else self.capabilities
        capabilities: list[str] | Unset = UNSET
        if not isinstance(_capabilities, Unset):
            capabilities = _capabilities

        _transports = UNSET if self.transports is None else self.transports
        transports: list[str] | Unset = UNSET
        if not isinstance(_transports, Unset):
            transports = _transports

        _payment_handlers = UNSET if self.payment_handlers is None else self.payment_handlers
        payment_handlers: list[str] | Unset = UNSET
        if not isinstance(_payment_handlers, Unset):
            payment_handlers = _payment_handlers

        _fulfillment = UNSET if self.fulfillment is None and not self._nulls & 8 else self.fulfillment
        fulfillment: dict[str, Any] | Unset | None
        if isinstance(_fulfillment, Unset):
            fulfillment = UNSET
        elif isinstance(_fulfillment, Fulfillment):
            fulfillment = _fulfillment.to_dict()
        else:
            fulfillment = _fulfillment

        _services = UNSET if self.services is None and not self._nulls & 16 else self.services
        services: list[dict[str, Any]] | Unset | None
        if isinstance(_services, Unset):
            services = UNSET
        elif isinstance(_services, list):
            services = []
            for services_type_0_item_data in _services:
                services_type_0_item = services_type_0_item_data.to_dict()
                services.append(services_type_0_item)

        else:
            services = _services

        _a2a = UNSET if self.a2a is None else self.a2a
        a2a: dict[str, Any] | Unset = UNSET
        if not isinstance(_a2a, Unset):
            a2a = _a2a.to_dict()

        _oauth = UNSET if self.oauth is None else self.oauth
        oauth: dict[str, Any] | Unset = UNSET
        if not isinstance(_oauth, Unset):
            oauth = _oauth.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
            }
        )
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if transports is not UNSET:
            field_dict["transports"] = transports
        if payment_handlers is not UNSET:
            field_dict["payment_handlers"] = payment_handlers
        if fulfillment is not UNSET:
            field_dict["fulfillment"] = fulfillment
        if services is not UNSET:
            field_dict["services"] = services
        if a2a is not UNSET:
            field_dict["a2a"] = a2a
        if oauth is not UNSET:
            field_dict["oauth"] = oauth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            Flag = _models.Flag
            Fulfillment = _models.Fulfillment
            ReachabilityService = _models.ReachabilityService
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "version"
            version = src_dict["version"]
            if type(version) is not str and not isinstance(version, str):
                raise TypeError(f"member 'version': expected str, got {type(version).__name__}")

            at = "capabilities"
            _capabilities = src_dict.get("capabilities", ABSENT)
            if _capabilities is not ABSENT and not isinstance(_capabilities, list):
                raise TypeError(f"member 'capabilities': expected a list, got {type(_capabilities).__name__}")

            if _capabilities is not ABSENT:
                for capabilities_item in _capabilities:
                    if type(capabilities_item) is not str and not isinstance(capabilities_item, str):
                        raise TypeError(
                            f"member 'capabilities[]': expected str, got {type(capabilities_item).__name__}"
                        )

            capabilities = _capabilities

            at = "transports"
            _transports = src_dict.get("transports", ABSENT)
            if _transports is not ABSENT and not isinstance(_transports, list):
                raise TypeError(f"member 'transports': expected a list, got {type(_transports).__name__}")

            if _transports is not ABSENT:
                for transports_item in _transports:
                    if type(transports_item) is not str and not isinstance(transports_item, str):
                        raise TypeError(f"member 'transports[]': expected str, got {type(transports_item).__name__}")

            transports = _transports

            at = "payment_handlers"
            _payment_handlers = src_dict.get("payment_handlers", ABSENT)
            if _payment_handlers is not ABSENT and not isinstance(_payment_handlers, list):
                raise TypeError(f"member 'payment_handlers': expected a list, got {type(_payment_handlers).__name__}")

            if _payment_handlers is not ABSENT:
                for payment_handlers_item in _payment_handlers:
                    if type(payment_handlers_item) is not str and not isinstance(payment_handlers_item, str):
                        raise TypeError(
                            f"member 'payment_handlers[]': expected str, got {type(payment_handlers_item).__name__}"
                        )

            payment_handlers = _payment_handlers

            at = "fulfillment"
            fulfillment = src_dict.get("fulfillment", ABSENT)
            if fulfillment is not None and fulfillment is not ABSENT:
                if not isinstance(fulfillment, dict):
                    raise TypeError("member 'fulfillment': a value of the wrong type")
                fulfillment = Fulfillment.from_dict(fulfillment)

            if fulfillment is None:
                nulls |= 8

            at = "services"
            services = src_dict.get("services", ABSENT)
            if services is not None and services is not ABSENT:
                if not isinstance(services, list):
                    raise TypeError("member 'services': a value of the wrong type")
                _services_type_0 = services
                services_type_0 = [
                    ReachabilityService.from_dict(services_type_0_item_data)
                    for services_type_0_item_data in _services_type_0
                ]

                services = services_type_0

            if services is None:
                nulls |= 16

            at = "a2a"
            a2a = src_dict.get("a2a", ABSENT)
            if a2a is not ABSENT:
                a2a = Flag.from_dict(a2a)

            at = "oauth"
            oauth = src_dict.get("oauth", ABSENT)
            if oauth is not ABSENT:
                oauth = Flag.from_dict(oauth)

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        ucp_profile = object.__new__(cls)
        ucp_profile.version = version
        ucp_profile.capabilities = None if capabilities is ABSENT else capabilities
        ucp_profile.transports = None if transports is ABSENT else transports
        ucp_profile.payment_handlers = None if payment_handlers is ABSENT else payment_handlers
        ucp_profile.fulfillment = None if fulfillment is ABSENT else fulfillment
        ucp_profile.services = None if services is ABSENT else services
        ucp_profile.a2a = None if a2a is ABSENT else a2a
        ucp_profile.oauth = None if oauth is ABSENT else oauth
        ucp_profile._nulls = nulls
        ucp_profile.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 1
            + (capabilities is not ABSENT)
            + (transports is not ABSENT)
            + (payment_handlers is not ABSENT)
            + (fulfillment is not ABSENT)
            + (services is not ABSENT)
            + (a2a is not ABSENT)
            + (oauth is not ABSENT)
            else {}
        )
        return ucp_profile

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
