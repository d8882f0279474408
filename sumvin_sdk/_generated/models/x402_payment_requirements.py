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
from ..models.x402_scheme import X402Scheme
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.x402_payment_requirements_extra_type_0 import X402PaymentRequirementsExtraType0
    from ..models.x402_payment_requirements_output_schema_type_0 import X402PaymentRequirementsOutputSchemaType0


T = TypeVar("T", bound="X402PaymentRequirements")
_MEMBERS: frozenset[str] = frozenset(
    (
        "scheme",
        "network",
        "maxAmountRequired",
        "resource",
        "payTo",
        "maxTimeoutSeconds",
        "asset",
        "description",
        "mimeType",
        "outputSchema",
        "extra",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class X402PaymentRequirements(Model):
    """One way to pay an x402 challenge: scheme, chain, asset, amount and payee.

    Example:
        {'asset': '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48', 'description': 'Payment for invoice #1234',
            'maxAmountRequired': '100000000', 'maxTimeoutSeconds': 300, 'mimeType': 'application/json', 'network':
            'eip155:1329', 'payTo': '0x742d35Cc6634C0532925a3b844Bc9e7595f2bD78', 'resource': '/pay/q79Rx34K', 'scheme':
            'exact'}

    Attributes:
        scheme: Payment scheme the signed payload must follow.
        network: CAIP-2 id of the chain to settle on, such as `eip155:1329` (Sei).
        max_amount_required: Most the payer must authorise, as an integer string in the asset's smallest unit.
        resource: URL of the resource this payment unlocks.
        pay_to: Wallet address the payment goes to.
        max_timeout_seconds: Seconds the payer has to send a valid signed payload before these terms lapse.
        asset: The asset to pay in: on EVM chains, its ERC-20 contract address.
        description: Note for the payer, for people to read; null when none.
        mime_type: Media type of the paid resource (`application/json` by default). Default: 'application/json'.
        output_schema: JSON Schema of what the resource returns; null when not given.
        extra: Scheme-specific extras, such as the EIP-712 domain; null when none.
    """

    scheme: X402Scheme
    network: str
    max_amount_required: str
    resource: str
    pay_to: str
    max_timeout_seconds: int
    asset: str
    description: str | None = None
    mime_type: str | None = None
    output_schema: X402PaymentRequirementsOutputSchemaType0 | None = None
    extra: X402PaymentRequirementsExtraType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "scheme",
        "network",
        "max_amount_required",
        "resource",
        "pay_to",
        "max_timeout_seconds",
        "asset",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "description",
        "mime_type",
        "output_schema",
        "extra",
    )

    def _json_dict(self) -> dict[str, Any]:
        from ..models.x402_payment_requirements_extra_type_0 import X402PaymentRequirementsExtraType0
        from ..models.x402_payment_requirements_output_schema_type_0 import X402PaymentRequirementsOutputSchemaType0

        scheme = X402Scheme(self.scheme).value

        network = self.network

        max_amount_required = self.max_amount_required

        resource = self.resource

        pay_to = self.pay_to

        max_timeout_seconds = self.max_timeout_seconds

        asset = self.asset

        _description = UNSET if self.description is None and not self._nulls & 1 else self.description
        description: str | Unset | None
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = _description

        _mime_type = UNSET if self.mime_type is None else self.mime_type
        mime_type = _mime_type

        _output_schema = UNSET if self.output_schema is None and not self._nulls & 4 else self.output_schema
        output_schema: dict[str, Any] | Unset | None
        if isinstance(_output_schema, Unset):
            output_schema = UNSET
        elif isinstance(_output_schema, X402PaymentRequirementsOutputSchemaType0):
            output_schema = _output_schema.to_dict()
        else:
            output_schema = _output_schema

        _extra = UNSET if self.extra is None and not self._nulls & 8 else self.extra
        extra: dict[str, Any] | Unset | None
        if isinstance(_extra, Unset):
            extra = UNSET
        elif isinstance(_extra, X402PaymentRequirementsExtraType0):
            extra = _extra.to_dict()
        else:
            extra = _extra

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scheme": scheme,
                "network": network,
                "maxAmountRequired": max_amount_required,
                "resource": resource,
                "payTo": pay_to,
                "maxTimeoutSeconds": max_timeout_seconds,
                "asset": asset,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if mime_type is not UNSET:
            field_dict["mimeType"] = mime_type
        if output_schema is not UNSET:
            field_dict["outputSchema"] = output_schema
        if extra is not UNSET:
            field_dict["extra"] = extra

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            X402PaymentRequirementsExtraType0 = _models.X402PaymentRequirementsExtraType0
            X402PaymentRequirementsOutputSchemaType0 = _models.X402PaymentRequirementsOutputSchemaType0
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "scheme"
            scheme = X402Scheme.parse(src_dict["scheme"])

            at = "network"
            network = src_dict["network"]
            if type(network) is not str and not isinstance(network, str):
                raise TypeError(f"member 'network': expected str, got {type(network).__name__}")

            at = "maxAmountRequired"
            max_amount_required = src_dict["maxAmountRequired"]
            if type(max_amount_required) is not str and not isinstance(max_amount_required, str):
                raise TypeError(f"member 'maxAmountRequired': expected str, got {type(max_amount_required).__name__}")

            at = "resource"
            resource = src_dict["resource"]
            if type(resource) is not str and not isinstance(resource, str):
                raise TypeError(f"member 'resource': expected str, got {type(resource).__name__}")

            at = "payTo"
            pay_to = src_dict["payTo"]
            if type(pay_to) is not str and not isinstance(pay_to, str):
                raise TypeError(f"member 'payTo': expected str, got {type(pay_to).__name__}")

            at = "maxTimeoutSeconds"
            max_timeout_seconds = src_dict["maxTimeoutSeconds"]
            if type(max_timeout_seconds) is not int and (
                not isinstance(max_timeout_seconds, int) or isinstance(max_timeout_seconds, bool)
            ):
                raise TypeError(f"member 'maxTimeoutSeconds': expected int, got {type(max_timeout_seconds).__name__}")

            at = "asset"
            asset = src_dict["asset"]
            if type(asset) is not str and not isinstance(asset, str):
                raise TypeError(f"member 'asset': expected str, got {type(asset).__name__}")

            at = "description"
            description = src_dict.get("description", ABSENT)
            if (
                type(description) is not str
                and description is not None
                and description is not ABSENT
                and not isinstance(description, str)
            ):
                raise TypeError(
                    f"member 'description': expected str or None or Unset, got {type(description).__name__}"
                )

            if description is None:
                nulls |= 1

            mime_type = src_dict.get("mimeType", ABSENT)
            if type(mime_type) is not str and mime_type is not ABSENT and not isinstance(mime_type, str):
                raise TypeError(f"member 'mimeType': expected str or Unset, got {type(mime_type).__name__}")

            at = "outputSchema"
            output_schema = src_dict.get("outputSchema", ABSENT)
            if output_schema is not None and output_schema is not ABSENT:
                if not isinstance(output_schema, dict):
                    raise TypeError("member 'output_schema': a value of the wrong type")
                output_schema = X402PaymentRequirementsOutputSchemaType0.from_dict(output_schema)

            if output_schema is None:
                nulls |= 4

            at = "extra"
            extra = src_dict.get("extra", ABSENT)
            if extra is not None and extra is not ABSENT:
                if not isinstance(extra, dict):
                    raise TypeError("member 'extra': a value of the wrong type")
                extra = X402PaymentRequirementsExtraType0.from_dict(extra)

            if extra is None:
                nulls |= 8

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        x402_payment_requirements = object.__new__(cls)
        x402_payment_requirements.scheme = scheme
        x402_payment_requirements.network = network
        x402_payment_requirements.max_amount_required = max_amount_required
        x402_payment_requirements.resource = resource
        x402_payment_requirements.pay_to = pay_to
        x402_payment_requirements.max_timeout_seconds = max_timeout_seconds
        x402_payment_requirements.asset = asset
        x402_payment_requirements.description = None if description is ABSENT else description
        x402_payment_requirements.mime_type = None if mime_type is ABSENT else mime_type
        x402_payment_requirements.output_schema = None if output_schema is ABSENT else output_schema
        x402_payment_requirements.extra = None if extra is ABSENT else extra
        x402_payment_requirements._nulls = nulls
        x402_payment_requirements.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 7
            + (description is not ABSENT)
            + (mime_type is not ABSENT)
            + (output_schema is not ABSENT)
            + (extra is not ABSENT)
            else {}
        )
        return x402_payment_requirements

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
