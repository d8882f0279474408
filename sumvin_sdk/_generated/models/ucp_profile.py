from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Model, Unset

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
        nulls = 0
        version = src_dict["version"]
        if type(version) is not str and not isinstance(version, str):
            raise TypeError(f"member 'version': expected str, got {type(version).__name__}")

        _capabilities = src_dict.get("capabilities", UNSET)
        if not isinstance(_capabilities, list) and not isinstance(_capabilities, Unset):
            raise TypeError(f"member 'capabilities': expected a list, got {type(_capabilities).__name__}")

        if not isinstance(_capabilities, Unset):
            for capabilities_item in _capabilities:
                if type(capabilities_item) is not str and not isinstance(capabilities_item, str):
                    raise TypeError(f"member 'capabilities[]': expected str, got {type(capabilities_item).__name__}")

        capabilities = cast(list[str], _capabilities)

        _transports = src_dict.get("transports", UNSET)
        if not isinstance(_transports, list) and not isinstance(_transports, Unset):
            raise TypeError(f"member 'transports': expected a list, got {type(_transports).__name__}")

        if not isinstance(_transports, Unset):
            for transports_item in _transports:
                if type(transports_item) is not str and not isinstance(transports_item, str):
                    raise TypeError(f"member 'transports[]': expected str, got {type(transports_item).__name__}")

        transports = cast(list[str], _transports)

        _payment_handlers = src_dict.get("payment_handlers", UNSET)
        if not isinstance(_payment_handlers, list) and not isinstance(_payment_handlers, Unset):
            raise TypeError(f"member 'payment_handlers': expected a list, got {type(_payment_handlers).__name__}")

        if not isinstance(_payment_handlers, Unset):
            for payment_handlers_item in _payment_handlers:
                if type(payment_handlers_item) is not str and not isinstance(payment_handlers_item, str):
                    raise TypeError(
                        f"member 'payment_handlers[]': expected str, got {type(payment_handlers_item).__name__}"
                    )

        payment_handlers = cast(list[str], _payment_handlers)

        fulfillment: Fulfillment | Unset | None = src_dict.get("fulfillment", UNSET)
        if fulfillment is not None and fulfillment is not UNSET:
            if not isinstance(fulfillment, dict):
                raise TypeError("member 'fulfillment': a value of the wrong type")
            fulfillment_type_0 = Fulfillment.from_dict(src_dict.get("fulfillment", UNSET))

            fulfillment = fulfillment_type_0

        if fulfillment is None:
            nulls |= 8

        def _parse_services(data: object) -> list[ReachabilityService] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            services_type_0 = []
            _services_type_0 = data
            if not isinstance(_services_type_0, list):
                raise TypeError(f"member 'services_type_0': expected a list, got {type(_services_type_0).__name__}")

            for services_type_0_item_data in _services_type_0:
                services_type_0_item = ReachabilityService.from_dict(services_type_0_item_data)

                services_type_0.append(services_type_0_item)

            return services_type_0

        services = _parse_services(src_dict.get("services", UNSET))

        if services is None:
            nulls |= 16

        _a2a = src_dict.get("a2a", UNSET)
        a2a: Flag | Unset
        if isinstance(_a2a, Unset):
            a2a = UNSET
        else:
            a2a = Flag.from_dict(_a2a)

        _oauth = src_dict.get("oauth", UNSET)
        oauth: Flag | Unset
        if isinstance(_oauth, Unset):
            oauth = UNSET
        else:
            oauth = Flag.from_dict(_oauth)

        ucp_profile = cls(
            version=version,
            capabilities=None if isinstance(capabilities, Unset) else capabilities,
            transports=None if isinstance(transports, Unset) else transports,
            payment_handlers=None if isinstance(payment_handlers, Unset) else payment_handlers,
            fulfillment=None if isinstance(fulfillment, Unset) else fulfillment,
            services=None if isinstance(services, Unset) else services,
            a2a=None if isinstance(a2a, Unset) else a2a,
            oauth=None if isinstance(oauth, Unset) else oauth,
        )

        ucp_profile._nulls = nulls

        if not _MEMBERS.issuperset(src_dict):
            ucp_profile.additional_properties = {k: v for k, v in src_dict.items() if k not in _MEMBERS}
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
