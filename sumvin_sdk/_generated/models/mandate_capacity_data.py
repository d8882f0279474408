from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mandate_limit_status import MandateLimitStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="MandateCapacityData")


@_attrs_define
class MandateCapacityData:
    """
    Attributes:
        limit_status (MandateLimitStatus):
        consumed (str):
        reserved (str):
        enforcement_mode (str):
        mandate_pint_uri (None | str | Unset):
        max_amount (None | str | Unset):
        remaining (None | str | Unset):
        asset (None | str | Unset):
    """

    limit_status: MandateLimitStatus
    consumed: str
    reserved: str
    enforcement_mode: str
    mandate_pint_uri: str | Unset | None = UNSET
    max_amount: str | Unset | None = UNSET
    remaining: str | Unset | None = UNSET
    asset: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit_status = MandateLimitStatus(self.limit_status).value

        consumed = self.consumed

        reserved = self.reserved

        enforcement_mode = self.enforcement_mode

        mandate_pint_uri: str | Unset | None
        if isinstance(self.mandate_pint_uri, Unset):
            mandate_pint_uri = UNSET
        else:
            mandate_pint_uri = self.mandate_pint_uri

        max_amount: str | Unset | None
        if isinstance(self.max_amount, Unset):
            max_amount = UNSET
        else:
            max_amount = self.max_amount

        remaining: str | Unset | None
        if isinstance(self.remaining, Unset):
            remaining = UNSET
        else:
            remaining = self.remaining

        asset: str | Unset | None
        if isinstance(self.asset, Unset):
            asset = UNSET
        else:
            asset = self.asset

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
        d = dict(src_dict)
        limit_status = MandateLimitStatus.parse(d.pop("limit_status"))

        consumed = d.pop("consumed")

        reserved = d.pop("reserved")

        enforcement_mode = d.pop("enforcement_mode")

        mandate_pint_uri: str | Unset | None = d.pop("mandate_pint_uri", UNSET)

        max_amount: str | Unset | None = d.pop("max_amount", UNSET)

        remaining: str | Unset | None = d.pop("remaining", UNSET)

        asset: str | Unset | None = d.pop("asset", UNSET)

        mandate_capacity_data = cls(
            limit_status=limit_status,
            consumed=consumed,
            reserved=reserved,
            enforcement_mode=enforcement_mode,
            mandate_pint_uri=mandate_pint_uri,
            max_amount=max_amount,
            remaining=remaining,
            asset=asset,
        )

        mandate_capacity_data.additional_properties = d
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
