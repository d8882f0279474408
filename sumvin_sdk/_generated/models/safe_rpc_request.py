from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    NotRequired,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.safe_rpc_request_user_operation import SafeRpcRequestUserOperation


T = TypeVar("T", bound="SafeRpcRequest")
_MEMBERS: frozenset[str] = frozenset(
    (
        "chain_id",
        "user_operation",
        "entrypoint",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class SafeRpcRequest(Model):
    """Body of `send_safe_rpc`, which submits a signed UserOperation to be sponsored and relayed; replays with the same
    Idempotency-Key are not sent twice.

        Attributes:
            chain_id: EVM chain id the safe RPC lives on (for example 1329 for Sei).
            user_operation: The signed ERC-4337 UserOperation; Sumvin fills in the paymaster members before passing it to
                the bundler.
            entrypoint: Address of the ERC-4337 EntryPoint; only the canonical v0.7 one, at the same address on every chain.
                Default: '0x0000000071727De22E5E9d8BAf0edAc6f37da032'.
    """

    chain_id: int
    user_operation: SafeRpcRequestUserOperation
    entrypoint: str | Unset = "0x0000000071727De22E5E9d8BAf0edAc6f37da032"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "chain_id",
        "user_operation",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("entrypoint",)
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        chain_id = self.chain_id

        user_operation = self.user_operation.to_dict()

        entrypoint = self.entrypoint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chain_id": chain_id,
                "user_operation": user_operation,
            }
        )
        if entrypoint is not UNSET:
            field_dict["entrypoint"] = entrypoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            SafeRpcRequestUserOperation = _models.SafeRpcRequestUserOperation
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "chain_id"
            chain_id = src_dict["chain_id"]
            if type(chain_id) is not int and (not isinstance(chain_id, int) or isinstance(chain_id, bool)):
                raise TypeError(f"member 'chain_id': expected int, got {type(chain_id).__name__}")

            at = "user_operation"
            user_operation = SafeRpcRequestUserOperation.from_dict(src_dict["user_operation"])

            entrypoint = src_dict.get("entrypoint", ABSENT)
            if type(entrypoint) is not str and entrypoint is not ABSENT and not isinstance(entrypoint, str):
                raise TypeError(f"member 'entrypoint': expected str or Unset, got {type(entrypoint).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        safe_rpc_request = object.__new__(cls)
        safe_rpc_request.chain_id = chain_id
        safe_rpc_request.user_operation = user_operation
        safe_rpc_request.entrypoint = entrypoint
        safe_rpc_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 2 + (entrypoint is not ABSENT)
            else {}
        )
        return safe_rpc_request

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


class SafeRpcRequestDict(TypedDict):
    """``SafeRpcRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    chain_id: int
    user_operation: Mapping[str, Any] | _models.SafeRpcRequestUserOperation
    entrypoint: NotRequired[str]
