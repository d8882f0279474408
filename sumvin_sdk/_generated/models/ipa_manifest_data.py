from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset, epoch_ms, parse_timestamp

if TYPE_CHECKING:
    from ..models.ipa_manifest_item_data import IPAManifestItemData


T = TypeVar("T", bound="IPAManifestData")


@_attrs_define
class IPAManifestData:
    """A IPA manifest.

    Attributes:
        id (str): Unique id of the IPA manifest.
        status (str): Current state of the IPA manifest.
        items (list[IPAManifestItemData]): Items of the IPA manifest.
        created_at (datetime.datetime): When the IPA manifest was created (epoch ms, or ISO 8601 on request).
        total_amount (None | str | Unset): Number of amount.
        total_asset (None | str | Unset): Number of asset.
        approved_at (datetime.datetime | None | Unset): When approved happened for the IPA manifest (epoch ms, or ISO
            8601 on request).
        purchased_at (datetime.datetime | None | Unset): When purchased happened for the IPA manifest (epoch ms, or ISO
            8601 on request).
    """

    id: str
    status: str
    items: list[IPAManifestItemData]
    created_at: datetime.datetime
    total_amount: str | Unset | None = UNSET
    total_asset: str | Unset | None = UNSET
    approved_at: datetime.datetime | Unset | None = UNSET
    purchased_at: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        created_at = epoch_ms(self.created_at)

        total_amount: str | Unset | None
        if isinstance(self.total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = self.total_amount

        total_asset: str | Unset | None
        if isinstance(self.total_asset, Unset):
            total_asset = UNSET
        else:
            total_asset = self.total_asset

        approved_at: int | Unset | None
        if isinstance(self.approved_at, Unset):
            approved_at = UNSET
        elif isinstance(self.approved_at, datetime.datetime):
            approved_at = epoch_ms(self.approved_at)
        else:
            approved_at = self.approved_at

        purchased_at: int | Unset | None
        if isinstance(self.purchased_at, Unset):
            purchased_at = UNSET
        elif isinstance(self.purchased_at, datetime.datetime):
            purchased_at = epoch_ms(self.purchased_at)
        else:
            purchased_at = self.purchased_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "items": items,
                "created_at": created_at,
            }
        )
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if total_asset is not UNSET:
            field_dict["total_asset"] = total_asset
        if approved_at is not UNSET:
            field_dict["approved_at"] = approved_at
        if purchased_at is not UNSET:
            field_dict["purchased_at"] = purchased_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            IPAManifestItemData = _models.IPAManifestItemData
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

        status = d.pop("status")
        if not isinstance(status, str):
            raise TypeError(f"member 'status': expected str, got {type(status).__name__}")

        items = []
        _items = d.pop("items")
        if not isinstance(_items, list):
            raise TypeError(f"member 'items': expected a list, got {type(_items).__name__}")

        for items_item_data in _items:
            items_item = IPAManifestItemData.from_dict(items_item_data)

            items.append(items_item)

        created_at = parse_timestamp(d.pop("created_at"))

        total_amount: str | Unset | None = d.pop("total_amount", UNSET)
        if total_amount is not None and not isinstance(total_amount, Unset) and not isinstance(total_amount, str):
            raise TypeError(f"member 'total_amount': expected str or None or Unset, got {type(total_amount).__name__}")

        total_asset: str | Unset | None = d.pop("total_asset", UNSET)
        if total_asset is not None and not isinstance(total_asset, Unset) and not isinstance(total_asset, str):
            raise TypeError(f"member 'total_asset': expected str or None or Unset, got {type(total_asset).__name__}")

        def _parse_approved_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, int | float | str):
                raise TypeError()
            approved_at_type_0 = parse_timestamp(data)

            return approved_at_type_0

        approved_at = _parse_approved_at(d.pop("approved_at", UNSET))

        def _parse_purchased_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, int | float | str):
                raise TypeError()
            purchased_at_type_0 = parse_timestamp(data)

            return purchased_at_type_0

        purchased_at = _parse_purchased_at(d.pop("purchased_at", UNSET))

        ipa_manifest_data = cls(
            id=id,
            status=status,
            items=items,
            created_at=created_at,
            total_amount=total_amount,
            total_asset=total_asset,
            approved_at=approved_at,
            purchased_at=purchased_at,
        )

        ipa_manifest_data.additional_properties = d
        return ipa_manifest_data

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
