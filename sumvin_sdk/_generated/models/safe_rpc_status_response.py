from __future__ import annotations

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
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.common_links import CommonLinks


T = TypeVar("T", bound="SafeRpcStatusResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "user_op_hash",
        "status",
        "txn_hash",
        "block_number",
        "gas_used",
        "actual_gas_cost_wei",
        "success",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class SafeRpcStatusResponse(Model):
    """What `get_user_operation_status` returns; it tells whether a submitted UserOperation is pending, included or failed.

    Attributes:
        field_links: Links to this status and, once `txn_hash` is set, to the transaction `receipt`.
        user_op_hash: Hash of the UserOperation polled.
        status: Progress of the UserOperation (`queued`, `submitted`, `included`, ...); `included`, `rejected` and
            `failed` are final.
        txn_hash: Hash of the bundle transaction on chain; present once `included` or `failed`, never for `rejected`.
        block_number: Block holding the bundle transaction; null until it is on chain.
        gas_used: Gas units the UserOperation used; null until it is included.
        actual_gas_cost_wei: Gas cost in wei of the UserOperation, paid by Sumvin's paymaster; null until it is
            included.
        success: True if the UserOperation went through on chain, false if it reverted; null while still pending.
    """

    field_links: CommonLinks
    user_op_hash: str
    status: str
    txn_hash: str | None = None
    block_number: int | None = None
    gas_used: int | None = None
    actual_gas_cost_wei: int | None = None
    success: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "user_op_hash",
        "status",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "txn_hash",
        "block_number",
        "gas_used",
        "actual_gas_cost_wei",
        "success",
    )

    def _json_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        user_op_hash = self.user_op_hash

        status = self.status

        _txn_hash = UNSET if self.txn_hash is None and not self._nulls & 1 else self.txn_hash
        txn_hash: str | Unset | None
        if isinstance(_txn_hash, Unset):
            txn_hash = UNSET
        else:
            txn_hash = _txn_hash

        _block_number = UNSET if self.block_number is None and not self._nulls & 2 else self.block_number
        block_number: int | Unset | None
        if isinstance(_block_number, Unset):
            block_number = UNSET
        else:
            block_number = _block_number

        _gas_used = UNSET if self.gas_used is None and not self._nulls & 4 else self.gas_used
        gas_used: int | Unset | None
        if isinstance(_gas_used, Unset):
            gas_used = UNSET
        else:
            gas_used = _gas_used

        _actual_gas_cost_wei = (
            UNSET if self.actual_gas_cost_wei is None and not self._nulls & 8 else self.actual_gas_cost_wei
        )
        actual_gas_cost_wei: int | Unset | None
        if isinstance(_actual_gas_cost_wei, Unset):
            actual_gas_cost_wei = UNSET
        else:
            actual_gas_cost_wei = _actual_gas_cost_wei

        _success = UNSET if self.success is None and not self._nulls & 16 else self.success
        success: bool | Unset | None
        if isinstance(_success, Unset):
            success = UNSET
        else:
            success = _success

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
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "_links"
            field_links = CommonLinks.from_dict(src_dict["_links"])

            at = "user_op_hash"
            user_op_hash = src_dict["user_op_hash"]
            if type(user_op_hash) is not str and not isinstance(user_op_hash, str):
                raise TypeError(f"member 'user_op_hash': expected str, got {type(user_op_hash).__name__}")

            at = "status"
            status = src_dict["status"]
            if type(status) is not str and not isinstance(status, str):
                raise TypeError(f"member 'status': expected str, got {type(status).__name__}")

            at = "txn_hash"
            txn_hash = src_dict.get("txn_hash", ABSENT)
            if (
                type(txn_hash) is not str
                and txn_hash is not None
                and txn_hash is not ABSENT
                and not isinstance(txn_hash, str)
            ):
                raise TypeError(f"member 'txn_hash': expected str or None or Unset, got {type(txn_hash).__name__}")

            if txn_hash is None:
                nulls |= 1

            at = "block_number"
            block_number = src_dict.get("block_number", ABSENT)
            if (
                type(block_number) is not int
                and block_number is not None
                and block_number is not ABSENT
                and (not isinstance(block_number, int) or isinstance(block_number, bool))
            ):
                raise TypeError(
                    f"member 'block_number': expected int or None or Unset, got {type(block_number).__name__}"
                )

            if block_number is None:
                nulls |= 2

            at = "gas_used"
            gas_used = src_dict.get("gas_used", ABSENT)
            if (
                type(gas_used) is not int
                and gas_used is not None
                and gas_used is not ABSENT
                and (not isinstance(gas_used, int) or isinstance(gas_used, bool))
            ):
                raise TypeError(f"member 'gas_used': expected int or None or Unset, got {type(gas_used).__name__}")

            if gas_used is None:
                nulls |= 4

            at = "actual_gas_cost_wei"
            actual_gas_cost_wei = src_dict.get("actual_gas_cost_wei", ABSENT)
            if (
                type(actual_gas_cost_wei) is not int
                and actual_gas_cost_wei is not None
                and actual_gas_cost_wei is not ABSENT
                and (not isinstance(actual_gas_cost_wei, int) or isinstance(actual_gas_cost_wei, bool))
            ):
                raise TypeError(
                    f"member 'actual_gas_cost_wei': expected int or None or Unset, got {type(actual_gas_cost_wei).__name__}"
                )

            if actual_gas_cost_wei is None:
                nulls |= 8

            at = "success"
            success = src_dict.get("success", ABSENT)
            if (
                type(success) is not bool
                and success is not None
                and success is not ABSENT
                and not isinstance(success, bool)
            ):
                raise TypeError(f"member 'success': expected bool or None or Unset, got {type(success).__name__}")

            if success is None:
                nulls |= 16

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        safe_rpc_status_response = object.__new__(cls)
        safe_rpc_status_response.field_links = field_links
        safe_rpc_status_response.user_op_hash = user_op_hash
        safe_rpc_status_response.status = status
        safe_rpc_status_response.txn_hash = None if txn_hash is ABSENT else txn_hash
        safe_rpc_status_response.block_number = None if block_number is ABSENT else block_number
        safe_rpc_status_response.gas_used = None if gas_used is ABSENT else gas_used
        safe_rpc_status_response.actual_gas_cost_wei = None if actual_gas_cost_wei is ABSENT else actual_gas_cost_wei
        safe_rpc_status_response.success = None if success is ABSENT else success
        safe_rpc_status_response._nulls = nulls
        safe_rpc_status_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 3
            + (txn_hash is not ABSENT)
            + (block_number is not ABSENT)
            + (gas_used is not ABSENT)
            + (actual_gas_cost_wei is not ABSENT)
            + (success is not ABSENT)
            else {}
        )
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
