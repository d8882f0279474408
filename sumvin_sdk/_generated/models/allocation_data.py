from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.allocation_settlement_status import AllocationSettlementStatus
from ..types import UNSET, Unset, epoch_ms, parse_timestamp

T = TypeVar("T", bound="AllocationData")


@_attrs_define
class AllocationData:
    """A allocation.

    Attributes:
        id (str): Unique id of the allocation.
        amount (str): Amount, in units of the currency or asset.
        status (AllocationSettlementStatus): Values a allocation settlement status can take.
        created_at (datetime.datetime): When the allocation was created (epoch ms, or ISO 8601 on request).
        asset (None | str | Unset): Asset of the allocation.
        transaction_id (None | str | Unset): Id of the related transaction.
        settled_at (datetime.datetime | None | Unset): When settled happened for the allocation (epoch ms, or ISO 8601
            on request).
        child_pint_uri (None | str | Unset): Child pint uri of the allocation.
    """

    id: str
    amount: str
    status: AllocationSettlementStatus
    created_at: datetime.datetime
    asset: str | Unset | None = UNSET
    transaction_id: str | Unset | None = UNSET
    settled_at: datetime.datetime | Unset | None = UNSET
    child_pint_uri: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        status = AllocationSettlementStatus(self.status).value

        created_at = epoch_ms(self.created_at)

        asset: str | Unset | None
        if isinstance(self.asset, Unset):
            asset = UNSET
        else:
            asset = self.asset

        transaction_id: str | Unset | None
        if isinstance(self.transaction_id, Unset):
            transaction_id = UNSET
        else:
            transaction_id = self.transaction_id

        settled_at: int | Unset | None
        if isinstance(self.settled_at, Unset):
            settled_at = UNSET
        elif isinstance(self.settled_at, datetime.datetime):
            settled_at = epoch_ms(self.settled_at)
        else:
            settled_at = self.settled_at

        child_pint_uri: str | Unset | None
        if isinstance(self.child_pint_uri, Unset):
            child_pint_uri = UNSET
        else:
            child_pint_uri = self.child_pint_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "amount": amount,
                "status": status,
                "created_at": created_at,
            }
        )
        if asset is not UNSET:
            field_dict["asset"] = asset
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if settled_at is not UNSET:
            field_dict["settled_at"] = settled_at
        if child_pint_uri is not UNSET:
            field_dict["child_pint_uri"] = child_pint_uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

        amount = d.pop("amount")
        if not isinstance(amount, str):
            raise TypeError(f"member 'amount': expected str, got {type(amount).__name__}")

        status = AllocationSettlementStatus.parse(d.pop("status"))

        created_at = parse_timestamp(d.pop("created_at"))

        asset: str | Unset | None = d.pop("asset", UNSET)
        if asset is not None and not isinstance(asset, Unset) and not isinstance(asset, str):
            raise TypeError(f"member 'asset': expected str or None or Unset, got {type(asset).__name__}")

        transaction_id: str | Unset | None = d.pop("transaction_id", UNSET)
        if transaction_id is not None and not isinstance(transaction_id, Unset) and not isinstance(transaction_id, str):
            raise TypeError(
                f"member 'transaction_id': expected str or None or Unset, got {type(transaction_id).__name__}"
            )

        def _parse_settled_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, int | float | str):
                raise TypeError()
            settled_at_type_0 = parse_timestamp(data)

            return settled_at_type_0

        settled_at = _parse_settled_at(d.pop("settled_at", UNSET))

        child_pint_uri: str | Unset | None = d.pop("child_pint_uri", UNSET)
        if child_pint_uri is not None and not isinstance(child_pint_uri, Unset) and not isinstance(child_pint_uri, str):
            raise TypeError(
                f"member 'child_pint_uri': expected str or None or Unset, got {type(child_pint_uri).__name__}"
            )

        allocation_data = cls(
            id=id,
            amount=amount,
            status=status,
            created_at=created_at,
            asset=asset,
            transaction_id=transaction_id,
            settled_at=settled_at,
            child_pint_uri=child_pint_uri,
        )

        allocation_data.additional_properties = d
        return allocation_data

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
