from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transaction_status import TransactionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="RampTransactionData")


@_attrs_define
class RampTransactionData:
    """
    Attributes:
        id (str):
        status (TransactionStatus):
        meld_status (str):
        transaction_type (None | str | Unset):
        from_asset (None | str | Unset):
        to_asset (None | str | Unset):
        chain_id (int | None | Unset):
        source_amount (None | str | Unset):
        destination_amount (None | str | Unset):
        service_provider (None | str | Unset):
        payment_method_type (None | str | Unset):
        created_at (None | str | Unset):
        updated_at (None | str | Unset):
        is_swap (bool | Unset):  Default: False.
    """

    id: str
    status: TransactionStatus
    meld_status: str
    transaction_type: str | Unset | None = UNSET
    from_asset: str | Unset | None = UNSET
    to_asset: str | Unset | None = UNSET
    chain_id: int | Unset | None = UNSET
    source_amount: str | Unset | None = UNSET
    destination_amount: str | Unset | None = UNSET
    service_provider: str | Unset | None = UNSET
    payment_method_type: str | Unset | None = UNSET
    created_at: str | Unset | None = UNSET
    updated_at: str | Unset | None = UNSET
    is_swap: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = TransactionStatus(self.status).value

        meld_status = self.meld_status

        transaction_type: str | Unset | None
        if isinstance(self.transaction_type, Unset):
            transaction_type = UNSET
        else:
            transaction_type = self.transaction_type

        from_asset: str | Unset | None
        if isinstance(self.from_asset, Unset):
            from_asset = UNSET
        else:
            from_asset = self.from_asset

        to_asset: str | Unset | None
        if isinstance(self.to_asset, Unset):
            to_asset = UNSET
        else:
            to_asset = self.to_asset

        chain_id: int | Unset | None
        if isinstance(self.chain_id, Unset):
            chain_id = UNSET
        else:
            chain_id = self.chain_id

        source_amount: str | Unset | None
        if isinstance(self.source_amount, Unset):
            source_amount = UNSET
        else:
            source_amount = self.source_amount

        destination_amount: str | Unset | None
        if isinstance(self.destination_amount, Unset):
            destination_amount = UNSET
        else:
            destination_amount = self.destination_amount

        service_provider: str | Unset | None
        if isinstance(self.service_provider, Unset):
            service_provider = UNSET
        else:
            service_provider = self.service_provider

        payment_method_type: str | Unset | None
        if isinstance(self.payment_method_type, Unset):
            payment_method_type = UNSET
        else:
            payment_method_type = self.payment_method_type

        created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: str | Unset | None
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        is_swap = self.is_swap

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "meld_status": meld_status,
            }
        )
        if transaction_type is not UNSET:
            field_dict["transaction_type"] = transaction_type
        if from_asset is not UNSET:
            field_dict["from_asset"] = from_asset
        if to_asset is not UNSET:
            field_dict["to_asset"] = to_asset
        if chain_id is not UNSET:
            field_dict["chain_id"] = chain_id
        if source_amount is not UNSET:
            field_dict["source_amount"] = source_amount
        if destination_amount is not UNSET:
            field_dict["destination_amount"] = destination_amount
        if service_provider is not UNSET:
            field_dict["service_provider"] = service_provider
        if payment_method_type is not UNSET:
            field_dict["payment_method_type"] = payment_method_type
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if is_swap is not UNSET:
            field_dict["is_swap"] = is_swap

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = TransactionStatus.parse(d.pop("status"))

        meld_status = d.pop("meld_status")

        transaction_type: str | Unset | None = d.pop("transaction_type", UNSET)

        from_asset: str | Unset | None = d.pop("from_asset", UNSET)

        to_asset: str | Unset | None = d.pop("to_asset", UNSET)

        chain_id: int | Unset | None = d.pop("chain_id", UNSET)

        source_amount: str | Unset | None = d.pop("source_amount", UNSET)

        destination_amount: str | Unset | None = d.pop("destination_amount", UNSET)

        service_provider: str | Unset | None = d.pop("service_provider", UNSET)

        payment_method_type: str | Unset | None = d.pop("payment_method_type", UNSET)

        created_at: str | Unset | None = d.pop("created_at", UNSET)

        updated_at: str | Unset | None = d.pop("updated_at", UNSET)

        is_swap = d.pop("is_swap", UNSET)

        ramp_transaction_data = cls(
            id=id,
            status=status,
            meld_status=meld_status,
            transaction_type=transaction_type,
            from_asset=from_asset,
            to_asset=to_asset,
            chain_id=chain_id,
            source_amount=source_amount,
            destination_amount=destination_amount,
            service_provider=service_provider,
            payment_method_type=payment_method_type,
            created_at=created_at,
            updated_at=updated_at,
            is_swap=is_swap,
        )

        ramp_transaction_data.additional_properties = d
        return ramp_transaction_data

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
