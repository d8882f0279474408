from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mandate_limit_status import MandateLimitStatus
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

T = TypeVar("T", bound="MandateCapacityData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "limit_status",
        "consumed",
        "reserved",
        "enforcement_mode",
        "mandate_pint_uri",
        "max_amount",
        "remaining",
        "asset",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class MandateCapacityData(Model):
    """What is left to spend under the mandate behind an errand, and how the limit is enforced.

    Attributes:
        limit_status: Whether a spend limit exists on the mandate and whether its remainder is known.
        consumed: Amount already settled under the mandate, as a decimal string.
        reserved: Amount held by purchases under way that have not settled, as a decimal string.
        enforcement_mode: `strict` when going over the mandate blocks a purchase, `advisory` when it only warns.
        mandate_pint_uri: URI of the mandate PINT that authorises the errand; null when none is linked.
        max_amount: Most the mandate allows to be spent, as a decimal string; null when it allows no amount.
        remaining: Amount still free to spend under the limit, as a decimal string; null when it cannot be known.
        asset: Asset the amounts are counted in; null when not stated.
    """

    limit_status: MandateLimitStatus
    consumed: str
    reserved: str
    enforcement_mode: str
    mandate_pint_uri: str | None = None
    max_amount: str | None = None
    remaining: str | None = None
    asset: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "limit_status",
        "consumed",
        "reserved",
        "enforcement_mode",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "mandate_pint_uri",
        "max_amount",
        "remaining",
        "asset",
    )

    def _json_dict(self) -> dict[str, Any]:
        limit_status = MandateLimitStatus(self.limit_status).value

        consumed = self.consumed

        reserved = self.reserved

        enforcement_mode = self.enforcement_mode

        _mandate_pint_uri = UNSET if self.mandate_pint_uri is None and not self._nulls & 1 else self.mandate_pint_uri
        mandate_pint_uri: str | Unset | None
        if isinstance(_mandate_pint_uri, Unset):
            mandate_pint_uri = UNSET
        else:
            mandate_pint_uri = _mandate_pint_uri

        _max_amount = UNSET if self.max_amount is None and not self._nulls & 2 else self.max_amount
        max_amount: str | Unset | None
        if isinstance(_max_amount, Unset):
            max_amount = UNSET
        else:
            max_amount = _max_amount

        _remaining = UNSET if self.remaining is None and not self._nulls & 4 else self.remaining
        remaining: str | Unset | None
        if isinstance(_remaining, Unset):
            remaining = UNSET
        else:
            remaining = _remaining

        _asset = UNSET if self.asset is None and not self._nulls & 8 else self.asset
        asset: str | Unset | None
        if isinstance(_asset, Unset):
            asset = UNSET
        else:
            asset = _asset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "limit_status": limit_status,
                "consumed": consumed,
                "reserved": reserved,
                "enforcement_mode": enforcement_mode,
            }
        )
        if mandate_pint_uri is not UNSET:
            field_dict["mandate_pint_uri"] = mandate_pint_uri
        if max_amount is not UNSET:
            field_dict["max_amount"] = max_amount
        if remaining is not UNSET:
            field_dict["remaining"] = remaining
        if asset is not UNSET:
            field_dict["asset"] = asset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "limit_status"
            limit_status = MandateLimitStatus.parse(src_dict["limit_status"])

            at = "consumed"
            consumed = src_dict["consumed"]
            if type(consumed) is not str and not isinstance(consumed, str):
                raise TypeError(f"member 'consumed': expected str, got {type(consumed).__name__}")

            at = "reserved"
            reserved = src_dict["reserved"]
            if type(reserved) is not str and not isinstance(reserved, str):
                raise TypeError(f"member 'reserved': expected str, got {type(reserved).__name__}")

            at = "enforcement_mode"
            enforcement_mode = src_dict["enforcement_mode"]
            if type(enforcement_mode) is not str and not isinstance(enforcement_mode, str):
                raise TypeError(f"member 'enforcement_mode': expected str, got {type(enforcement_mode).__name__}")

            at = "mandate_pint_uri"
            mandate_pint_uri = src_dict.get("mandate_pint_uri", ABSENT)
            if (
                type(mandate_pint_uri) is not str
                and mandate_pint_uri is not None
                and mandate_pint_uri is not ABSENT
                and not isinstance(mandate_pint_uri, str)
            ):
                raise TypeError(
                    f"member 'mandate_pint_uri': expected str or None or Unset, got {type(mandate_pint_uri).__name__}"
                )

            if mandate_pint_uri is None:
                nulls |= 1

            at = "max_amount"
            max_amount = src_dict.get("max_amount", ABSENT)
            if (
                type(max_amount) is not str
                and max_amount is not None
                and max_amount is not ABSENT
                and not isinstance(max_amount, str)
            ):
                raise TypeError(f"member 'max_amount': expected str or None or Unset, got {type(max_amount).__name__}")

            if max_amount is None:
                nulls |= 2

            at = "remaining"
            remaining = src_dict.get("remaining", ABSENT)
            if (
                type(remaining) is not str
                and remaining is not None
                and remaining is not ABSENT
                and not isinstance(remaining, str)
            ):
                raise TypeError(f"member 'remaining': expected str or None or Unset, got {type(remaining).__name__}")

            if remaining is None:
                nulls |= 4

            at = "asset"
            asset = src_dict.get("asset", ABSENT)
            if type(asset) is not str and asset is not None and asset is not ABSENT and not isinstance(asset, str):
                raise TypeError(f"member 'asset': expected str or None or Unset, got {type(asset).__name__}")

            if asset is None:
                nulls |= 8

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        mandate_capacity_data = object.__new__(cls)
        mandate_capacity_data.limit_status = limit_status
        mandate_capacity_data.consumed = consumed
        mandate_capacity_data.reserved = reserved
        mandate_capacity_data.enforcement_mode = enforcement_mode
        mandate_capacity_data.mandate_pint_uri = None if mandate_pint_uri is ABSENT else mandate_pint_uri
        mandate_capacity_data.max_amount = None if max_amount is ABSENT else max_amount
        mandate_capacity_data.remaining = None if remaining is ABSENT else remaining
        mandate_capacity_data.asset = None if asset is ABSENT else asset
        mandate_capacity_data._nulls = nulls
        mandate_capacity_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 4
            + (mandate_pint_uri is not ABSENT)
            + (max_amount is not ABSENT)
            + (remaining is not ABSENT)
            + (asset is not ABSENT)
            else {}
        )
        return mandate_capacity_data

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
