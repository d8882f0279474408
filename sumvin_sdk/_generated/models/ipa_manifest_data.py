from __future__ import annotations

import datetime
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
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, epoch_ms, note_failure, parse_timestamp

if TYPE_CHECKING:
    from ..models.ipa_manifest_item_data import IPAManifestItemData


T = TypeVar("T", bound="IPAManifestData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "status",
        "items",
        "created_at",
        "total_amount",
        "total_asset",
        "approved_at",
        "purchased_at",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class IPAManifestData(Model):
    """A basket proposed for an errand: its items, total and state.

    Attributes:
        id: Unique id of the IPA manifest.
        status: Where the basket stands in the errand.
        items: Items in the basket.
        created_at: When the IPA manifest was created (epoch ms on the wire).
        total_amount: Total cost of the basket, as a decimal string; null before it is priced.
        total_asset: Asset or currency `total_amount` is in; null before it is priced.
        approved_at: When the IPA manifest was approved (epoch ms on the wire).
        purchased_at: When the IPA manifest was purchased (epoch ms on the wire).
    """

    id: str
    status: str
    items: list[IPAManifestItemData]
    created_at: datetime.datetime
    total_amount: str | None = None
    total_asset: str | None = None
    approved_at: datetime.datetime | None = None
    purchased_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "status",
        "items",
        "created_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "total_amount",
        "total_asset",
        "approved_at",
        "purchased_at",
    )

    def _json_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        created_at = epoch_ms(self.created_at)

        _total_amount = UNSET if self.total_amount is None and not self._nulls & 1 else self.total_amount
        total_amount: str | Unset | None
        if isinstance(_total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = _total_amount

        _total_asset = UNSET if self.total_asset is None and not self._nulls & 2 else self.total_asset
        total_asset: str | Unset | None
        if isinstance(_total_asset, Unset):
            total_asset = UNSET
        else:
            total_asset = _total_asset

        _approved_at = UNSET if self.approved_at is None and not self._nulls & 4 else self.approved_at
        approved_at: int | Unset | None
        if isinstance(_approved_at, Unset):
            approved_at = UNSET
        elif isinstance(_approved_at, datetime.datetime):
            approved_at = epoch_ms(_approved_at)
        else:
            approved_at = _approved_at

        _purchased_at = UNSET if self.purchased_at is None and not self._nulls & 8 else self.purchased_at
        purchased_at: int | Unset | None
        if isinstance(_purchased_at, Unset):
            purchased_at = UNSET
        elif isinstance(_purchased_at, datetime.datetime):
            purchased_at = epoch_ms(_purchased_at)
        else:
            purchased_at = _purchased_at

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
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "status"
            status = src_dict["status"]
            if type(status) is not str and not isinstance(status, str):
                raise TypeError(f"member 'status': expected str, got {type(status).__name__}")

            at = "items"
            _items = src_dict["items"]
            if not isinstance(_items, list):
                raise TypeError(f"member 'items': expected a list, got {type(_items).__name__}")

            items = [IPAManifestItemData.from_dict(items_item_data) for items_item_data in _items]

            at = "created_at"
            created_at = parse_timestamp(src_dict["created_at"])

            at = "total_amount"
            total_amount = src_dict.get("total_amount", ABSENT)
            if (
                type(total_amount) is not str
                and total_amount is not None
                and total_amount is not ABSENT
                and not isinstance(total_amount, str)
            ):
                raise TypeError(
                    f"member 'total_amount': expected str or None or Unset, got {type(total_amount).__name__}"
                )

            if total_amount is None:
                nulls |= 1

            at = "total_asset"
            total_asset = src_dict.get("total_asset", ABSENT)
            if (
                type(total_asset) is not str
                and total_asset is not None
                and total_asset is not ABSENT
                and not isinstance(total_asset, str)
            ):
                raise TypeError(
                    f"member 'total_asset': expected str or None or Unset, got {type(total_asset).__name__}"
                )

            if total_asset is None:
                nulls |= 2

            at = "approved_at"
            approved_at = src_dict.get("approved_at", ABSENT)
            if approved_at is not None and approved_at is not ABSENT:
                if not isinstance(approved_at, int | float | str):
                    raise TypeError("member 'approved_at': a value of the wrong type")
                approved_at = parse_timestamp(approved_at)

            if approved_at is None:
                nulls |= 4

            at = "purchased_at"
            purchased_at = src_dict.get("purchased_at", ABSENT)
            if purchased_at is not None and purchased_at is not ABSENT:
                if not isinstance(purchased_at, int | float | str):
                    raise TypeError("member 'purchased_at': a value of the wrong type")
                purchased_at = parse_timestamp(purchased_at)

            if purchased_at is None:
                nulls |= 8

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        ipa_manifest_data = object.__new__(cls)
        ipa_manifest_data.id = id
        ipa_manifest_data.status = status
        ipa_manifest_data.items = items
        ipa_manifest_data.created_at = created_at
        ipa_manifest_data.total_amount = None if total_amount is ABSENT else total_amount
        ipa_manifest_data.total_asset = None if total_asset is ABSENT else total_asset
        ipa_manifest_data.approved_at = None if approved_at is ABSENT else approved_at
        ipa_manifest_data.purchased_at = None if purchased_at is ABSENT else purchased_at
        ipa_manifest_data._nulls = nulls
        ipa_manifest_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 4
            + (total_amount is not ABSENT)
            + (total_asset is not ABSENT)
            + (approved_at is not ABSENT)
            + (purchased_at is not ABSENT)
            else {}
        )
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
