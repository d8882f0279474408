from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.common_links import CommonLinks


T = TypeVar("T", bound="SafeRpcStatusResponse")


@_attrs_define
class SafeRpcStatusResponse:
    """Response carrying a safe RPC status.

    Attributes:
        field_links (CommonLinks): A common links.
        user_op_hash (str): User op hash of the safe RPC status.
        status (str): Current state of the safe RPC status.
        txn_hash (None | str | Unset): Txn hash of the safe RPC status.
        block_number (int | None | Unset): Block number of the safe RPC status.
        gas_used (int | None | Unset): Gas used of the safe RPC status.
        actual_gas_cost_wei (int | None | Unset): Actual gas cost wei of the safe RPC status.
        success (bool | None | Unset): Whether success applies to the safe RPC status.
    """

    field_links: CommonLinks
    user_op_hash: str
    status: str
    txn_hash: str | Unset | None = UNSET
    block_number: int | Unset | None = UNSET
    gas_used: int | Unset | None = UNSET
    actual_gas_cost_wei: int | Unset | None = UNSET
    success: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        user_op_hash = self.user_op_hash

        status = self.status

        txn_hash: str | Unset | None
        if isinstance(self.txn_hash, Unset):
            txn_hash = UNSET
        else:
            txn_hash = self.txn_hash

        block_number: int | Unset | None
        if isinstance(self.block_number, Unset):
            block_number = UNSET
        else:
            block_number = self.block_number

        gas_used: int | Unset | None
        if isinstance(self.gas_used, Unset):
            gas_used = UNSET
        else:
            gas_used = self.gas_used

        actual_gas_cost_wei: int | Unset | None
        if isinstance(self.actual_gas_cost_wei, Unset):
            actual_gas_cost_wei = UNSET
        else:
            actual_gas_cost_wei = self.actual_gas_cost_wei

        success: bool | Unset | None
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "user_op_hash": user_op_hash,
                "status": status,
            }
        )
        if txn_hash is not UNSET:
            field_dict["txn_hash"] = txn_hash
        if block_number is not UNSET:
            field_dict["block_number"] = block_number
        if gas_used is not UNSET:
            field_dict["gas_used"] = gas_used
        if actual_gas_cost_wei is not UNSET:
            field_dict["actual_gas_cost_wei"] = actual_gas_cost_wei
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            CommonLinks = _models.CommonLinks
        d = dict(src_dict)
        field_links = CommonLinks.from_dict(d.pop("_links"))

        user_op_hash = d.pop("user_op_hash")
        if not isinstance(user_op_hash, str):
            raise TypeError(f"member 'user_op_hash': expected str, got {type(user_op_hash).__name__}")

        status = d.pop("status")
        if not isinstance(status, str):
            raise TypeError(f"member 'status': expected str, got {type(status).__name__}")

        txn_hash: str | Unset | None = d.pop("txn_hash", UNSET)
        if txn_hash is not None and not isinstance(txn_hash, Unset) and not isinstance(txn_hash, str):
            raise TypeError(f"member 'txn_hash': expected str or None or Unset, got {type(txn_hash).__name__}")

        block_number: int | Unset | None = d.pop("block_number", UNSET)
        if (
            block_number is not None
            and not isinstance(block_number, Unset)
            and (not isinstance(block_number, int) or isinstance(block_number, bool))
        ):
            raise TypeError(f"member 'block_number': expected int or None or Unset, got {type(block_number).__name__}")

        gas_used: int | Unset | None = d.pop("gas_used", UNSET)
        if (
            gas_used is not None
            and not isinstance(gas_used, Unset)
            and (not isinstance(gas_used, int) or isinstance(gas_used, bool))
        ):
            raise TypeError(f"member 'gas_used': expected int or None or Unset, got {type(gas_used).__name__}")

        actual_gas_cost_wei: int | Unset | None = d.pop("actual_gas_cost_wei", UNSET)
        if (
            actual_gas_cost_wei is not None
            and not isinstance(actual_gas_cost_wei, Unset)
            and (not isinstance(actual_gas_cost_wei, int) or isinstance(actual_gas_cost_wei, bool))
        ):
            raise TypeError(
                f"member 'actual_gas_cost_wei': expected int or None or Unset, got {type(actual_gas_cost_wei).__name__}"
            )

        success: bool | Unset | None = d.pop("success", UNSET)
        if success is not None and not isinstance(success, Unset) and not isinstance(success, bool):
            raise TypeError(f"member 'success': expected bool or None or Unset, got {type(success).__name__}")

        safe_rpc_status_response = cls(
            field_links=field_links,
            user_op_hash=user_op_hash,
            status=status,
            txn_hash=txn_hash,
            block_number=block_number,
            gas_used=gas_used,
            actual_gas_cost_wei=actual_gas_cost_wei,
            success=success,
        )

        safe_rpc_status_response.additional_properties = d
        return safe_rpc_status_response

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
