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
    from ..models.eip712_domain_data import EIP712DomainData
    from ..models.eip712_payload_types import EIP712PayloadTypes
    from ..models.eip712_purchase_intent_message import EIP712PurchaseIntentMessage


T = TypeVar("T", bound="EIP712Payload")
_MEMBERS: frozenset[str] = frozenset(
    (
        "types",
        "primaryType",
        "domain",
        "message",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class EIP712Payload(Model):
    """EIP-712 typed data to sign: types, primary type, domain and message.

    Attributes:
        types: Type definitions of the typed data, by type name (EIP-712 `types`).
        primary_type: Name of the type `message` holds, such as `PurchaseIntent`.
        domain: Signing domain (name, version, chain id, verifying contract) that binds the signature.
        message: The values to sign, filling in the primary type's fields.
    """

    types: EIP712PayloadTypes
    primary_type: str
    domain: EIP712DomainData
    message: EIP712PurchaseIntentMessage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "types",
        "primary_type",
        "domain",
        "message",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        types = self.types.to_dict()

        primary_type = self.primary_type

        domain = self.domain.to_dict()

        message = self.message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "types": types,
                "primaryType": primary_type,
                "domain": domain,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            EIP712DomainData = _models.EIP712DomainData
            EIP712PayloadTypes = _models.EIP712PayloadTypes
            EIP712PurchaseIntentMessage = _models.EIP712PurchaseIntentMessage
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "types"
            types = EIP712PayloadTypes.from_dict(src_dict["types"])

            at = "primaryType"
            primary_type = src_dict["primaryType"]
            if type(primary_type) is not str and not isinstance(primary_type, str):
                raise TypeError(f"member 'primaryType': expected str, got {type(primary_type).__name__}")

            at = "domain"
            domain = EIP712DomainData.from_dict(src_dict["domain"])

            at = "message"
            message = EIP712PurchaseIntentMessage.from_dict(src_dict["message"])

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        eip712_payload = object.__new__(cls)
        eip712_payload.types = types
        eip712_payload.primary_type = primary_type
        eip712_payload.domain = domain
        eip712_payload.message = message
        eip712_payload.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 4 else {}
        )
        return eip712_payload

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
