from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, epoch_ms, note_failure, parse_timestamp

T = TypeVar("T", bound="ManifestSummaryData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "status",
        "item_count",
        "total_amount",
        "total_asset",
        "approved_at",
        "purchased_at",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class ManifestSummaryData(Model):
    """Short account of an errand's chosen basket: total, item count and state.

    Attributes:
        id: Unique id of the manifest summary.
        status: Where the basket stands.
        item_count: How many line items the basket has.
        total_amount: Total cost of the basket, as a decimal string; null before it is priced.
        total_asset: Asset or currency `total_amount` is in; null before it is priced.
        approved_at: When the manifest summary was approved (epoch ms on the wire).
        purchased_at: When the manifest summary was purchased (epoch ms on the wire).
    """

    id: str
    status: str
    item_count: int
    total_amount: str | None = None
    total_asset: str | None = None
    approved_at: datetime.datetime | None = None
    purchased_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "status",
        "item_count",
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

        item_count = self.item_count

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
                "item_count": item_count,
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

            at = "item_count"
            item_count = src_dict["item_count"]
            if type(item_count) is not int and (not isinstance(item_count, int) or isinstance(item_count, bool)):
                raise TypeError(f"member 'item_count': expected int, got {type(item_count).__name__}")

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
        manifest_summary_data = object.__new__(cls)
        manifest_summary_data.id = id
        manifest_summary_data.status = status
        manifest_summary_data.item_count = item_count
        manifest_summary_data.total_amount = None if total_amount is ABSENT else total_amount
        manifest_summary_data.total_asset = None if total_asset is ABSENT else total_asset
        manifest_summary_data.approved_at = None if approved_at is ABSENT else approved_at
        manifest_summary_data.purchased_at = None if purchased_at is ABSENT else purchased_at
        manifest_summary_data._nulls = nulls
        manifest_summary_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 3
            + (total_amount is not ABSENT)
            + (total_asset is not ABSENT)
            + (approved_at is not ABSENT)
            + (purchased_at is not ABSENT)
            else {}
        )
        return manifest_summary_data

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
