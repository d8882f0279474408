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
    """A ramp transaction.

    Attributes:
        id (str): Unique id of the ramp transaction.
        status (TransactionStatus): Values a transaction status can take.
        meld_status (str): Meld status of the ramp transaction.
        transaction_type (None | str | Unset): Transaction type of the ramp transaction.
        from_asset (None | str | Unset): From asset of the ramp transaction.
        to_asset (None | str | Unset): To asset of the ramp transaction.
        chain_id (int | None | Unset): EVM chain id the ramp transaction lives on (for example 1329 for Sei).
        source_amount (None | str | Unset): Source amount of the ramp transaction.
        destination_amount (None | str | Unset): Destination amount of the ramp transaction.
        service_provider (None | str | Unset): Service provider of the ramp transaction.
        payment_method_type (None | str | Unset): Payment method type of the ramp transaction.
        created_at (None | str | Unset): When the ramp transaction was created (epoch ms, or ISO 8601 on request).
        updated_at (None | str | Unset): When the ramp transaction was last changed (epoch ms, or ISO 8601 on request).
        is_swap (bool | Unset): Whether the ramp transaction is swap. Default: False.
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
        if not isinstance(id, str):
            raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

        status = TransactionStatus.parse(d.pop("status"))

        meld_status = d.pop("meld_status")
        if not isinstance(meld_status, str):
            raise TypeError(f"member 'meld_status': expected str, got {type(meld_status).__name__}")

        transaction_type: str | Unset | None = d.pop("transaction_type", UNSET)
        if (
            transaction_type is not None
            and not isinstance(transaction_type, Unset)
            and not isinstance(transaction_type, str)
        ):
            raise TypeError(
                f"member 'transaction_type': expected str or None or Unset, got {type(transaction_type).__name__}"
            )

        from_asset: str | Unset | None = d.pop("from_asset", UNSET)
        if from_asset is not None and not isinstance(from_asset, Unset) and not isinstance(from_asset, str):
            raise TypeError(f"member 'from_asset': expected str or None or Unset, got {type(from_asset).__name__}")

        to_asset: str | Unset | None = d.pop("to_asset", UNSET)
        if to_asset is not None and not isinstance(to_asset, Unset) and not isinstance(to_asset, str):
            raise TypeError(f"member 'to_asset': expected str or None or Unset, got {type(to_asset).__name__}")

        chain_id: int | Unset | None = d.pop("chain_id", UNSET)
        if (
            chain_id is not None
            and not isinstance(chain_id, Unset)
            and (not isinstance(chain_id, int) or isinstance(chain_id, bool))
        ):
            raise TypeError(f"member 'chain_id': expected int or None or Unset, got {type(chain_id).__name__}")

        source_amount: str | Unset | None = d.pop("source_amount", UNSET)
        if source_amount is not None and not isinstance(source_amount, Unset) and not isinstance(source_amount, str):
            raise TypeError(
                f"member 'source_amount': expected str or None or Unset, got {type(source_amount).__name__}"
            )

        destination_amount: str | Unset | None = d.pop("destination_amount", UNSET)
        if (
            destination_amount is not None
            and not isinstance(destination_amount, Unset)
            and not isinstance(destination_amount, str)
        ):
            raise TypeError(
                f"member 'destination_amount': expected str or None or Unset, got {type(destination_amount).__name__}"
            )

        service_provider: str | Unset | None = d.pop("service_provider", UNSET)
        if (
            service_provider is not None
            and not isinstance(service_provider, Unset)
            and not isinstance(service_provider, str)
        ):
            raise TypeError(
                f"member 'service_provider': expected str or None or Unset, got {type(service_provider).__name__}"
            )

        payment_method_type: str | Unset | None = d.pop("payment_method_type", UNSET)
        if (
            payment_method_type is not None
            and not isinstance(payment_method_type, Unset)
            and not isinstance(payment_method_type, str)
        ):
            raise TypeError(
                f"member 'payment_method_type': expected str or None or Unset, got {type(payment_method_type).__name__}"
            )

        created_at: str | Unset | None = d.pop("created_at", UNSET)
        if created_at is not None and not isinstance(created_at, Unset) and not isinstance(created_at, str):
            raise TypeError(f"member 'created_at': expected str or None or Unset, got {type(created_at).__name__}")

        updated_at: str | Unset | None = d.pop("updated_at", UNSET)
        if updated_at is not None and not isinstance(updated_at, Unset) and not isinstance(updated_at, str):
            raise TypeError(f"member 'updated_at': expected str or None or Unset, got {type(updated_at).__name__}")

        is_swap = d.pop("is_swap", UNSET)
        if not isinstance(is_swap, Unset) and not isinstance(is_swap, bool):
            raise TypeError(f"member 'is_swap': expected bool or Unset, got {type(is_swap).__name__}")

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
