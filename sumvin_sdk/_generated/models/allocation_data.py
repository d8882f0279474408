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

from ..models.allocation_settlement_status import AllocationSettlementStatus
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, epoch_ms, note_failure, parse_timestamp

T = TypeVar("T", bound="AllocationData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "amount",
        "status",
        "created_at",
        "asset",
        "transaction_id",
        "settled_at",
        "child_pint_uri",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class AllocationData(Model):
    """One amount allocated against an errand, and whether its spend has settled.

    Attributes:
        id: Unique id of the allocation.
        amount: Amount the allocation authorises, as a decimal string.
        status: `settled` once the spend has settled, `pending` before.
        created_at: When the allocation was created (epoch ms on the wire).
        asset: Asset or currency the amount is counted in; null when not recorded.
        transaction_id: Id of the settled transaction behind the spend; null until it settles.
        settled_at: When the allocation was settled (epoch ms on the wire).
        child_pint_uri: URI of the child PINT the spend was made under; null when the spend names none.
    """

    id: str
    amount: str
    status: AllocationSettlementStatus
    created_at: datetime.datetime
    asset: str | None = None
    transaction_id: str | None = None
    settled_at: datetime.datetime | None = None
    child_pint_uri: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "amount",
        "status",
        "created_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "asset",
        "transaction_id",
        "settled_at",
        "child_pint_uri",
    )

    def _json_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        status = AllocationSettlementStatus(self.status).value

        created_at = epoch_ms(self.created_at)

        _asset = UNSET if self.asset is None and not self._nulls & 1 else self.asset
        asset: str | Unset | None
        if isinstance(_asset, Unset):
            asset = UNSET
        else:
            asset = _asset

        _transaction_id = UNSET if self.transaction_id is None and not self._nulls & 2 else self.transaction_id
        transaction_id: str | Unset | None
        if isinstance(_transaction_id, Unset):
            transaction_id = UNSET
        else:
            transaction_id = _transaction_id

        _settled_at = UNSET if self.settled_at is None and not self._nulls & 4 else self.settled_at
        settled_at: int | Unset | None
        if isinstance(_settled_at, Unset):
            settled_at = UNSET
        elif isinstance(_settled_at, datetime.datetime):
            settled_at = epoch_ms(_settled_at)
        else:
            settled_at = _settled_at

        _child_pint_uri = UNSET if self.child_pint_uri is None and not self._nulls & 8 else self.child_pint_uri
        child_pint_uri: str | Unset | None
        if isinstance(_child_pint_uri, Unset):
            child_pint_uri = UNSET
        else:
            child_pint_uri = _child_pint_uri

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
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "amount"
            amount = src_dict["amount"]
            if type(amount) is not str and not isinstance(amount, str):
                raise TypeError(f"member 'amount': expected str, got {type(amount).__name__}")

            at = "status"
            status = AllocationSettlementStatus.parse(src_dict["status"])

            at = "created_at"
            created_at = parse_timestamp(src_dict["created_at"])

            at = "asset"
            asset = src_dict.get("asset", ABSENT)
            if type(asset) is not str and asset is not None and asset is not ABSENT and not isinstance(asset, str):
                raise TypeError(f"member 'asset': expected str or None or Unset, got {type(asset).__name__}")

            if asset is None:
                nulls |= 1

            at = "transaction_id"
            transaction_id = src_dict.get("transaction_id", ABSENT)
            if (
                type(transaction_id) is not str
                and transaction_id is not None
                and transaction_id is not ABSENT
                and not isinstance(transaction_id, str)
            ):
                raise TypeError(
                    f"member 'transaction_id': expected str or None or Unset, got {type(transaction_id).__name__}"
                )

            if transaction_id is None:
                nulls |= 2

            at = "settled_at"
            settled_at = src_dict.get("settled_at", ABSENT)
            if settled_at is not None and settled_at is not ABSENT:
                if not isinstance(settled_at, int | float | str):
                    raise TypeError("member 'settled_at': a value of the wrong type")
                settled_at = parse_timestamp(settled_at)

            if settled_at is None:
                nulls |= 4

            at = "child_pint_uri"
            child_pint_uri = src_dict.get("child_pint_uri", ABSENT)
            if (
                type(child_pint_uri) is not str
                and child_pint_uri is not None
                and child_pint_uri is not ABSENT
                and not isinstance(child_pint_uri, str)
            ):
                raise TypeError(
                    f"member 'child_pint_uri': expected str or None or Unset, got {type(child_pint_uri).__name__}"
                )

            if child_pint_uri is None:
                nulls |= 8

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        allocation_data = object.__new__(cls)
        allocation_data.id = id
        allocation_data.amount = amount
        allocation_data.status = status
        allocation_data.created_at = created_at
        allocation_data.asset = None if asset is ABSENT else asset
        allocation_data.transaction_id = None if transaction_id is ABSENT else transaction_id
        allocation_data.settled_at = None if settled_at is ABSENT else settled_at
        allocation_data.child_pint_uri = None if child_pint_uri is ABSENT else child_pint_uri
        allocation_data._nulls = nulls
        allocation_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 4
            + (asset is not ABSENT)
            + (transaction_id is not ABSENT)
            + (settled_at is not ABSENT)
            + (child_pint_uri is not ABSENT)
            else {}
        )
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
