from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transaction_status import TransactionStatus
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

T = TypeVar("T", bound="RampTransactionData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "status",
        "meld_status",
        "transaction_type",
        "from_asset",
        "to_asset",
        "chain_id",
        "source_amount",
        "destination_amount",
        "service_provider",
        "payment_method_type",
        "created_at",
        "updated_at",
        "is_swap",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class RampTransactionData(Model):
    """A buy or sell through a ramp provider: assets, amounts, provider and state.

    Attributes:
        id: Unique id of the ramp transaction.
        status: Sumvin's status mapped from the provider's, with the values of `TransactionStatus` (such as
            `processing`).
        meld_status: The provider's raw status (such as `SETTLED`); route on `status`, keep this for tracing.
        transaction_type: The provider's category: `CRYPTO_PURCHASE`, `CRYPTO_SELL` or `CRYPTO_TRANSFER`; null until it
            assigns one.
        from_asset: Symbol of the asset paid in; null until the provider reports it.
        to_asset: Symbol of the asset received; null until the provider reports it.
        chain_id: EVM chain id the ramp transaction lives on (for example 1329 for Sei).
        source_amount: Amount of `from_asset` paid, as a decimal string; null until the provider reports it.
        destination_amount: Amount of `to_asset` the user got, net of fees, as a decimal string; null until it settles.
        service_provider: Provider that carried out the transaction, such as `TRANSAK`; null when not known.
        payment_method_type: Payment rail used, such as `CARD`, `ACH` or `SEPA`; null when not known.
        created_at: When the ramp transaction was created.
        updated_at: When the ramp transaction last changed.
        is_swap: True when the transaction joined a fiat ramp with a swap, run by the provider. Default: False.
    """

    id: str
    status: TransactionStatus
    meld_status: str
    transaction_type: str | None = None
    from_asset: str | None = None
    to_asset: str | None = None
    chain_id: int | None = None
    source_amount: str | None = None
    destination_amount: str | None = None
    service_provider: str | None = None
    payment_method_type: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    is_swap: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "status",
        "meld_status",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "transaction_type",
        "from_asset",
        "to_asset",
        "chain_id",
        "source_amount",
        "destination_amount",
        "service_provider",
        "payment_method_type",
        "created_at",
        "updated_at",
        "is_swap",
    )

    def _json_dict(self) -> dict[str, Any]:
        id = self.id

        status = TransactionStatus(self.status).value

        meld_status = self.meld_status

        _transaction_type = UNSET if self.transaction_type is None and not self._nulls & 1 else self.transaction_type
        transaction_type: str | Unset | None
        if isinstance(_transaction_type, Unset):
            transaction_type = UNSET
        else:
            transaction_type = _transaction_type

        _from_asset = UNSET if self.from_asset is None and not self._nulls & 2 else self.from_asset
        from_asset: str | Unset | None
        if isinstance(_from_asset, Unset):
            from_asset = UNSET
        else:
            from_asset = _from_asset

        _to_asset = UNSET if self.to_asset is None and not self._nulls & 4 else self.to_asset
        to_asset: str | Unset | None
        if isinstance(_to_asset, Unset):
            to_asset = UNSET
        else:
            to_asset = _to_asset

        _chain_id = UNSET if self.chain_id is None and not self._nulls & 8 else self.chain_id
        chain_id: int | Unset | None
        if isinstance(_chain_id, Unset):
            chain_id = UNSET
        else:
            chain_id = _chain_id

        _source_amount = UNSET if self.source_amount is None and not self._nulls & 16 else self.source_amount
        source_amount: str | Unset | None
        if isinstance(_source_amount, Unset):
            source_amount = UNSET
        else:
            source_amount = _source_amount

        _destination_amount = (
            UNSET if self.destination_amount is None and not self._nulls & 32 else self.destination_amount
        )
        destination_amount: str | Unset | None
        if isinstance(_destination_amount, Unset):
            destination_amount = UNSET
        else:
            destination_amount = _destination_amount

        _service_provider = UNSET if self.service_provider is None and not self._nulls & 64 else self.service_provider
        service_provider: str | Unset | None
        if isinstance(_service_provider, Unset):
            service_provider = UNSET
        else:
            service_provider = _service_provider

        _payment_method_type = (
            UNSET if self.payment_method_type is None and not self._nulls & 128 else self.payment_method_type
        )
        payment_method_type: str | Unset | None
        if isinstance(_payment_method_type, Unset):
            payment_method_type = UNSET
        else:
            payment_method_type = _payment_method_type

        _created_at = UNSET if self.created_at is None and not self._nulls & 256 else self.created_at
        created_at: str | Unset | None
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = _created_at

        _updated_at = UNSET if self.updated_at is None and not self._nulls & 512 else self.updated_at
        updated_at: str | Unset | None
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = _updated_at

        _is_swap = UNSET if self.is_swap is None else self.is_swap
        is_swap = _is_swap

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
            status = TransactionStatus.parse(src_dict["status"])

            at = "meld_status"
            meld_status = src_dict["meld_status"]
            if type(meld_status) is not str and not isinstance(meld_status, str):
                raise TypeError(f"member 'meld_status': expected str, got {type(meld_status).__name__}")

            at = "transaction_type"
            transaction_type = src_dict.get("transaction_type", ABSENT)
            if (
                type(transaction_type) is not str
                and transaction_type is not None
                and transaction_type is not ABSENT
                and not isinstance(transaction_type, str)
            ):
                raise TypeError(
                    f"member 'transaction_type': expected str or None or Unset, got {type(transaction_type).__name__}"
                )

            if transaction_type is None:
                nulls |= 1

            at = "from_asset"
            from_asset = src_dict.get("from_asset", ABSENT)
            if (
                type(from_asset) is not str
                and from_asset is not None
                and from_asset is not ABSENT
                and not isinstance(from_asset, str)
            ):
                raise TypeError(f"member 'from_asset': expected str or None or Unset, got {type(from_asset).__name__}")

            if from_asset is None:
                nulls |= 2

            at = "to_asset"
            to_asset = src_dict.get("to_asset", ABSENT)
            if (
                type(to_asset) is not str
                and to_asset is not None
                and to_asset is not ABSENT
                and not isinstance(to_asset, str)
            ):
                raise TypeError(f"member 'to_asset': expected str or None or Unset, got {type(to_asset).__name__}")

            if to_asset is None:
                nulls |= 4

            at = "chain_id"
            chain_id = src_dict.get("chain_id", ABSENT)
            if (
                type(chain_id) is not int
                and chain_id is not None
                and chain_id is not ABSENT
                and (not isinstance(chain_id, int) or isinstance(chain_id, bool))
            ):
                raise TypeError(f"member 'chain_id': expected int or None or Unset, got {type(chain_id).__name__}")

            if chain_id is None:
                nulls |= 8

            at = "source_amount"
            source_amount = src_dict.get("source_amount", ABSENT)
            if (
                type(source_amount) is not str
                and source_amount is not None
                and source_amount is not ABSENT
                and not isinstance(source_amount, str)
            ):
                raise TypeError(
                    f"member 'source_amount': expected str or None or Unset, got {type(source_amount).__name__}"
                )

            if source_amount is None:
                nulls |= 16

            at = "destination_amount"
            destination_amount = src_dict.get("destination_amount", ABSENT)
            if (
                type(destination_amount) is not str
                and destination_amount is not None
                and destination_amount is not ABSENT
                and not isinstance(destination_amount, str)
            ):
                raise TypeError(
                    f"member 'destination_amount': expected str or None or Unset, got {type(destination_amount).__name__}"
                )

            if destination_amount is None:
                nulls |= 32

            at = "service_provider"
            service_provider = src_dict.get("service_provider", ABSENT)
            if (
                type(service_provider) is not str
                and service_provider is not None
                and service_provider is not ABSENT
                and not isinstance(service_provider, str)
            ):
                raise TypeError(
                    f"member 'service_provider': expected str or None or Unset, got {type(service_provider).__name__}"
                )

            if service_provider is None:
                nulls |= 64

            at = "payment_method_type"
            payment_method_type = src_dict.get("payment_method_type", ABSENT)
            if (
                type(payment_method_type) is not str
                and payment_method_type is not None
                and payment_method_type is not ABSENT
                and not isinstance(payment_method_type, str)
            ):
                raise TypeError(
                    f"member 'payment_method_type': expected str or None or Unset, got {type(payment_method_type).__name__}"
                )

            if payment_method_type is None:
                nulls |= 128

            at = "created_at"
            created_at = src_dict.get("created_at", ABSENT)
            if (
                type(created_at) is not str
                and created_at is not None
                and created_at is not ABSENT
                and not isinstance(created_at, str)
            ):
                raise TypeError(f"member 'created_at': expected str or None or Unset, got {type(created_at).__name__}")

            if created_at is None:
                nulls |= 256

            at = "updated_at"
            updated_at = src_dict.get("updated_at", ABSENT)
            if (
                type(updated_at) is not str
                and updated_at is not None
                and updated_at is not ABSENT
                and not isinstance(updated_at, str)
            ):
                raise TypeError(f"member 'updated_at': expected str or None or Unset, got {type(updated_at).__name__}")

            if updated_at is None:
                nulls |= 512

            is_swap = src_dict.get("is_swap", ABSENT)
            if type(is_swap) is not bool and is_swap is not ABSENT and not isinstance(is_swap, bool):
                raise TypeError(f"member 'is_swap': expected bool or Unset, got {type(is_swap).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        ramp_transaction_data = object.__new__(cls)
        ramp_transaction_data.id = id
        ramp_transaction_data.status = status
        ramp_transaction_data.meld_status = meld_status
        ramp_transaction_data.transaction_type = None if transaction_type is ABSENT else transaction_type
        ramp_transaction_data.from_asset = None if from_asset is ABSENT else from_asset
        ramp_transaction_data.to_asset = None if to_asset is ABSENT else to_asset
        ramp_transaction_data.chain_id = None if chain_id is ABSENT else chain_id
        ramp_transaction_data.source_amount = None if source_amount is ABSENT else source_amount
        ramp_transaction_data.destination_amount = None if destination_amount is ABSENT else destination_amount
        ramp_transaction_data.service_provider = None if service_provider is ABSENT else service_provider
        ramp_transaction_data.payment_method_type = None if payment_method_type is ABSENT else payment_method_type
        ramp_transaction_data.created_at = None if created_at is ABSENT else created_at
        ramp_transaction_data.updated_at = None if updated_at is ABSENT else updated_at
        ramp_transaction_data.is_swap = None if is_swap is ABSENT else is_swap
        ramp_transaction_data._nulls = nulls
        ramp_transaction_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 3
            + (transaction_type is not ABSENT)
            + (from_asset is not ABSENT)
            + (to_asset is not ABSENT)
            + (chain_id is not ABSENT)
            + (source_amount is not ABSENT)
            + (destination_amount is not ABSENT)
            + (service_provider is not ABSENT)
            + (payment_method_type is not ABSENT)
            + (created_at is not ABSENT)
            + (updated_at is not ABSENT)
            + (is_swap is not ABSENT)
            else {}
        )
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
