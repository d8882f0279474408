from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

if TYPE_CHECKING:
    from ..models.user_signed_deploy_data_user_operation_type_0 import UserSignedDeployDataUserOperationType0


T = TypeVar("T", bound="UserSignedDeployData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "mode",
        "chain_id",
        "entrypoint",
        "user_operation",
        "user_op_hash",
        "predicted_safe_address",
        "user_eoa",
        "sponsorship_expires_at_ms",
        "salt_nonce",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class UserSignedDeployData(Model):
    """Safe onboarding where the user signs the deployment: the UserOperation to sign and its hash.

    Attributes:
        mode: Always `user_signed_deploy`: the user signs the deployment.
        chain_id: EVM chain id the user signed deploy lives on (for example 1329 for Sei).
        entrypoint: Address of the ERC-4337 EntryPoint; null before a UserOperation is prepared.
        user_operation: Sponsored ERC-4337 UserOperation with an empty signature, for the client to sign; null before it
            is prepared.
        user_op_hash: Hash the client signs; when null, compute it locally before signing.
        predicted_safe_address: Address the Safe will have, lowercased; null before a UserOperation is prepared.
        user_eoa: The user's EOA, lowercased; null before a UserOperation is prepared.
        sponsorship_expires_at_ms: When the paymaster sponsorship expires, in epoch milliseconds; null when it does not.
        salt_nonce: Salt nonce the address was predicted with; the same value keeps retries idempotent; null before a
            UserOperation is prepared.
    """

    mode: Literal["user_signed_deploy"]
    chain_id: int | None = None
    entrypoint: str | None = None
    user_operation: UserSignedDeployDataUserOperationType0 | None = None
    user_op_hash: str | None = None
    predicted_safe_address: str | None = None
    user_eoa: str | None = None
    sponsorship_expires_at_ms: int | None = None
    salt_nonce: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("mode",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "chain_id",
        "entrypoint",
        "user_operation",
        "user_op_hash",
        "predicted_safe_address",
        "user_eoa",
        "sponsorship_expires_at_ms",
        "salt_nonce",
    )

    def _json_dict(self) -> dict[str, Any]:
        from ..models.user_signed_deploy_data_user_operation_type_0 import UserSignedDeployDataUserOperationType0

        mode = self.mode

        _chain_id = UNSET if self.chain_id is None and not self._nulls & 1 else self.chain_id
        chain_id: int | Unset | None
        if isinstance(_chain_id, Unset):
            chain_id = UNSET
        else:
            chain_id = _chain_id

        _entrypoint = UNSET if self.entrypoint is None and not self._nulls & 2 else self.entrypoint
        entrypoint: str | Unset | None
        if isinstance(_entrypoint, Unset):
            entrypoint = UNSET
        else:
            entrypoint = _entrypoint

        _user_operation = UNSET if self.user_operation is None and not self._nulls & 4 else self.user_operation
        user_operation: dict[str, Any] | Unset | None
        if isinstance(_user_operation, Unset):
            user_operation = UNSET
        elif isinstance(_user_operation, UserSignedDeployDataUserOperationType0):
            user_operation = _user_operation.to_dict()
        else:
            user_operation = _user_operation

        _user_op_hash = UNSET if self.user_op_hash is None and not self._nulls & 8 else self.user_op_hash
        user_op_hash: str | Unset | None
        if isinstance(_user_op_hash, Unset):
            user_op_hash = UNSET
        else:
            user_op_hash = _user_op_hash

        _predicted_safe_address = (
            UNSET if self.predicted_safe_address is None and not self._nulls & 16 else self.predicted_safe_address
        )
        predicted_safe_address: str | Unset | None
        if isinstance(_predicted_safe_address, Unset):
            predicted_safe_address = UNSET
        else:
            predicted_safe_address = _predicted_safe_address

        _user_eoa = UNSET if self.user_eoa is None and not self._nulls & 32 else self.user_eoa
        user_eoa: str | Unset | None
        if isinstance(_user_eoa, Unset):
            user_eoa = UNSET
        else:
            user_eoa = _user_eoa

        _sponsorship_expires_at_ms = (
            UNSET if self.sponsorship_expires_at_ms is None and not self._nulls & 64 else self.sponsorship_expires_at_ms
        )
        sponsorship_expires_at_ms: int | Unset | None
        if isinstance(_sponsorship_expires_at_ms, Unset):
            sponsorship_expires_at_ms = UNSET
        else:
            sponsorship_expires_at_ms = _sponsorship_expires_at_ms

        _salt_nonce = UNSET if self.salt_nonce is None and not self._nulls & 128 else self.salt_nonce
        salt_nonce: int | Unset | None
        if isinstance(_salt_nonce, Unset):
            salt_nonce = UNSET
        else:
            salt_nonce = _salt_nonce

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "mode": mode,
            }
        )
        if chain_id is not UNSET:
            field_dict["chain_id"] = chain_id
        if entrypoint is not UNSET:
            field_dict["entrypoint"] = entrypoint
        if user_operation is not UNSET:
            field_dict["user_operation"] = user_operation
        if user_op_hash is not UNSET:
            field_dict["user_op_hash"] = user_op_hash
        if predicted_safe_address is not UNSET:
            field_dict["predicted_safe_address"] = predicted_safe_address
        if user_eoa is not UNSET:
            field_dict["user_eoa"] = user_eoa
        if sponsorship_expires_at_ms is not UNSET:
            field_dict["sponsorship_expires_at_ms"] = sponsorship_expires_at_ms
        if salt_nonce is not UNSET:
            field_dict["salt_nonce"] = salt_nonce

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            UserSignedDeployDataUserOperationType0 = _models.UserSignedDeployDataUserOperationType0
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "mode"
            mode = cast(Literal["user_signed_deploy"], src_dict["mode"])
            if mode != "user_signed_deploy":
                raise ValueError(f"mode must match const 'user_signed_deploy', got '{mode}'")

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
                nulls |= 1

            at = "entrypoint"
            entrypoint = src_dict.get("entrypoint", ABSENT)
            if (
                type(entrypoint) is not str
                and entrypoint is not None
                and entrypoint is not ABSENT
                and not isinstance(entrypoint, str)
            ):
                raise TypeError(f"member 'entrypoint': expected str or None or Unset, got {type(entrypoint).__name__}")

            if entrypoint is None:
                nulls |= 2

            at = "user_operation"
            user_operation = src_dict.get("user_operation", ABSENT)
            if user_operation is not None and user_operation is not ABSENT:
                if not isinstance(user_operation, dict):
                    raise TypeError("member 'user_operation': a value of the wrong type")
                user_operation = UserSignedDeployDataUserOperationType0.from_dict(user_operation)

            if user_operation is None:
                nulls |= 4

            at = "user_op_hash"
            user_op_hash = src_dict.get("user_op_hash", ABSENT)
            if (
                type(user_op_hash) is not str
                and user_op_hash is not None
                and user_op_hash is not ABSENT
                and not isinstance(user_op_hash, str)
            ):
                raise TypeError(
                    f"member 'user_op_hash': expected str or None or Unset, got {type(user_op_hash).__name__}"
                )

            if user_op_hash is None:
                nulls |= 8

            at = "predicted_safe_address"
            predicted_safe_address = src_dict.get("predicted_safe_address", ABSENT)
            if (
                type(predicted_safe_address) is not str
                and predicted_safe_address is not None
                and predicted_safe_address is not ABSENT
                and not isinstance(predicted_safe_address, str)
            ):
                raise TypeError(
                    f"member 'predicted_safe_address': expected str or None or Unset, got {type(predicted_safe_address).__name__}"
                )

            if predicted_safe_address is None:
                nulls |= 16

            at = "user_eoa"
            user_eoa = src_dict.get("user_eoa", ABSENT)
            if (
                type(user_eoa) is not str
                and user_eoa is not None
                and user_eoa is not ABSENT
                and not isinstance(user_eoa, str)
            ):
                raise TypeError(f"member 'user_eoa': expected str or None or Unset, got {type(user_eoa).__name__}")

            if user_eoa is None:
                nulls |= 32

            at = "sponsorship_expires_at_ms"
            sponsorship_expires_at_ms = src_dict.get("sponsorship_expires_at_ms", ABSENT)
            if (
                type(sponsorship_expires_at_ms) is not int
                and sponsorship_expires_at_ms is not None
                and sponsorship_expires_at_ms is not ABSENT
                and (not isinstance(sponsorship_expires_at_ms, int) or isinstance(sponsorship_expires_at_ms, bool))
            ):
                raise TypeError(
                    f"member 'sponsorship_expires_at_ms': expected int or None or Unset, got {type(sponsorship_expires_at_ms).__name__}"
                )

            if sponsorship_expires_at_ms is None:
                nulls |= 64

            at = "salt_nonce"
            salt_nonce = src_dict.get("salt_nonce", ABSENT)
            if (
                type(salt_nonce) is not int
                and salt_nonce is not None
                and salt_nonce is not ABSENT
                and (not isinstance(salt_nonce, int) or isinstance(salt_nonce, bool))
            ):
                raise TypeError(f"member 'salt_nonce': expected int or None or Unset, got {type(salt_nonce).__name__}")

            if salt_nonce is None:
                nulls |= 128

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        user_signed_deploy_data = object.__new__(cls)
        user_signed_deploy_data.mode = mode
        user_signed_deploy_data.chain_id = None if chain_id is ABSENT else chain_id
        user_signed_deploy_data.entrypoint = None if entrypoint is ABSENT else entrypoint
        user_signed_deploy_data.user_operation = None if user_operation is ABSENT else user_operation
        user_signed_deploy_data.user_op_hash = None if user_op_hash is ABSENT else user_op_hash
        user_signed_deploy_data.predicted_safe_address = (
            None if predicted_safe_address is ABSENT else predicted_safe_address
        )
        user_signed_deploy_data.user_eoa = None if user_eoa is ABSENT else user_eoa
        user_signed_deploy_data.sponsorship_expires_at_ms = (
            None if sponsorship_expires_at_ms is ABSENT else sponsorship_expires_at_ms
        )
        user_signed_deploy_data.salt_nonce = None if salt_nonce is ABSENT else salt_nonce
        user_signed_deploy_data._nulls = nulls
        user_signed_deploy_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 1
            + (chain_id is not ABSENT)
            + (entrypoint is not ABSENT)
            + (user_operation is not ABSENT)
            + (user_op_hash is not ABSENT)
            + (predicted_safe_address is not ABSENT)
            + (user_eoa is not ABSENT)
            + (sponsorship_expires_at_ms is not ABSENT)
            + (salt_nonce is not ABSENT)
            else {}
        )
        return user_signed_deploy_data

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
