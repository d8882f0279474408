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
    from ..models.x402_payment_required_extensions_type_0 import X402PaymentRequiredExtensionsType0
    from ..models.x402_payment_requirements import X402PaymentRequirements


T = TypeVar("T", bound="X402PaymentRequired")
_MEMBERS: frozenset[str] = frozenset(
    (
        "accepts",
        "x402Version",
        "error",
        "extensions",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class X402PaymentRequired(Model):
    """An x402 payment challenge: the protocol version and the ways the payer may pay.

    Example:
        {'accepts': [{'asset': '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48', 'description': 'Payment for invoice #1234',
            'maxAmountRequired': '100000000', 'maxTimeoutSeconds': 300, 'mimeType': 'application/json', 'network':
            'eip155:1329', 'payTo': '0x742d35Cc6634C0532925a3b844Bc9e7595f2bD78', 'resource': '/pay/q79Rx34K', 'scheme':
            'exact'}], 'x402Version': 2}

    Attributes:
        accepts: Ways to pay, in order of preference; the payer picks one.
        x_402_version: Version of the x402 protocol the challenge follows (2 by default). Default: 2.
        error: Hint for people on why payment is needed; null when none.
        extensions: Protocol extensions sent with the challenge; null when none.
    """

    accepts: list[X402PaymentRequirements]
    x_402_version: int | None = None
    error: str | None = None
    extensions: X402PaymentRequiredExtensionsType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("accepts",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "x_402_version",
        "error",
        "extensions",
    )

    def _json_dict(self) -> dict[str, Any]:
        from ..models.x402_payment_required_extensions_type_0 import X402PaymentRequiredExtensionsType0

        accepts = []
        for accepts_item_data in self.accepts:
            accepts_item = accepts_item_data.to_dict()
            accepts.append(accepts_item)

        _x_402_version = UNSET if self.x_402_version is None else self.x_402_version
        x_402_version = _x_402_version

        _error = UNSET if self.error is None and not self._nulls & 2 else self.error
        error: str | Unset | None
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = _error

        _extensions = UNSET if self.extensions is None and not self._nulls & 4 else self.extensions
        extensions: dict[str, Any] | Unset | None
        if isinstance(_extensions, Unset):
            extensions = UNSET
        elif isinstance(_extensions, X402PaymentRequiredExtensionsType0):
            extensions = _extensions.to_dict()
        else:
            extensions = _extensions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accepts": accepts,
            }
        )
        if x_402_version is not UNSET:
            field_dict["x402Version"] = x_402_version
        if error is not UNSET:
            field_dict["error"] = error
        if extensions is not UNSET:
            field_dict["extensions"] = extensions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            X402PaymentRequiredExtensionsType0 = _models.X402PaymentRequiredExtensionsType0
            X402PaymentRequirements = _models.X402PaymentRequirements
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "accepts"
            _accepts = src_dict["accepts"]
            if not isinstance(_accepts, list):
                raise TypeError(f"member 'accepts': expected a list, got {type(_accepts).__name__}")

            accepts = [X402PaymentRequirements.from_dict(accepts_item_data) for accepts_item_data in _accepts]

            x_402_version = src_dict.get("x402Version", ABSENT)
            if (
                type(x_402_version) is not int
                and x_402_version is not ABSENT
                and (not isinstance(x_402_version, int) or isinstance(x_402_version, bool))
            ):
                raise TypeError(f"member 'x402Version': expected int or Unset, got {type(x_402_version).__name__}")

            at = "error"
            error = src_dict.get("error", ABSENT)
            if type(error) is not str and error is not None and error is not ABSENT and not isinstance(error, str):
                raise TypeError(f"member 'error': expected str or None or Unset, got {type(error).__name__}")

            if error is None:
                nulls |= 2

            at = "extensions"
            extensions = src_dict.get("extensions", ABSENT)
            if extensions is not None and extensions is not ABSENT:
                if not isinstance(extensions, dict):
                    raise TypeError("member 'extensions': a value of the wrong type")
                extensions = X402PaymentRequiredExtensionsType0.from_dict(extensions)

            if extensions is None:
                nulls |= 4

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        x402_payment_required = object.__new__(cls)
        x402_payment_required.accepts = accepts
        x402_payment_required.x_402_version = None if x_402_version is ABSENT else x_402_version
        x402_payment_required.error = None if error is ABSENT else error
        x402_payment_required.extensions = None if extensions is ABSENT else extensions
        x402_payment_required._nulls = nulls
        x402_payment_required.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 1 + (x_402_version is not ABSENT) + (error is not ABSENT) + (extensions is not ABSENT)
            else {}
        )
        return x402_payment_required

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
