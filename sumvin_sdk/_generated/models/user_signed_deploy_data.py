from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_signed_deploy_data_user_operation_type_0 import UserSignedDeployDataUserOperationType0


T = TypeVar("T", bound="UserSignedDeployData")


@_attrs_define
class UserSignedDeployData:
    """A user signed deploy.

    Attributes:
        mode (Literal['user_signed_deploy']): Mode of the user signed deploy.
        chain_id (int | None | Unset): EVM chain id the user signed deploy lives on (for example 1329 for Sei).
        entrypoint (None | str | Unset): Entrypoint of the user signed deploy.
        user_operation (None | Unset | UserSignedDeployDataUserOperationType0): User operation of the user signed
            deploy.
        user_op_hash (None | str | Unset): User op hash of the user signed deploy.
        predicted_safe_address (None | str | Unset): Predicted safe address of the user signed deploy.
        user_eoa (None | str | Unset): User eoa of the user signed deploy.
        sponsorship_expires_at_ms (int | None | Unset): Sponsorship expires at ms of the user signed deploy.
        salt_nonce (int | None | Unset): Salt nonce of the user signed deploy.
    """

    mode: Literal["user_signed_deploy"]
    chain_id: int | Unset | None = UNSET
    entrypoint: str | Unset | None = UNSET
    user_operation: Unset | UserSignedDeployDataUserOperationType0 | None = UNSET
    user_op_hash: str | Unset | None = UNSET
    predicted_safe_address: str | Unset | None = UNSET
    user_eoa: str | Unset | None = UNSET
    sponsorship_expires_at_ms: int | Unset | None = UNSET
    salt_nonce: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_signed_deploy_data_user_operation_type_0 import UserSignedDeployDataUserOperationType0

        mode = self.mode

        chain_id: int | Unset | None
        if isinstance(self.chain_id, Unset):
            chain_id = UNSET
        else:
            chain_id = self.chain_id

        entrypoint: str | Unset | None
        if isinstance(self.entrypoint, Unset):
            entrypoint = UNSET
        else:
            entrypoint = self.entrypoint

        user_operation: dict[str, Any] | Unset | None
        if isinstance(self.user_operation, Unset):
            user_operation = UNSET
        elif isinstance(self.user_operation, UserSignedDeployDataUserOperationType0):
            user_operation = self.user_operation.to_dict()
        else:
            user_operation = self.user_operation

        user_op_hash: str | Unset | None
        if isinstance(self.user_op_hash, Unset):
            user_op_hash = UNSET
        else:
            user_op_hash = self.user_op_hash

        predicted_safe_address: str | Unset | None
        if isinstance(self.predicted_safe_address, Unset):
            predicted_safe_address = UNSET
        else:
            predicted_safe_address = self.predicted_safe_address

        user_eoa: str | Unset | None
        if isinstance(self.user_eoa, Unset):
            user_eoa = UNSET
        else:
            user_eoa = self.user_eoa

        sponsorship_expires_at_ms: int | Unset | None
        if isinstance(self.sponsorship_expires_at_ms, Unset):
            sponsorship_expires_at_ms = UNSET
        else:
            sponsorship_expires_at_ms = self.sponsorship_expires_at_ms

        salt_nonce: int | Unset | None
        if isinstance(self.salt_nonce, Unset):
            salt_nonce = UNSET
        else:
            salt_nonce = self.salt_nonce

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
        d = dict(src_dict)
        mode = cast(Literal["user_signed_deploy"], d.pop("mode"))
        if mode != "user_signed_deploy":
            raise ValueError(f"mode must match const 'user_signed_deploy', got '{mode}'")

        chain_id: int | Unset | None = d.pop("chain_id", UNSET)
        if (
            chain_id is not None
            and not isinstance(chain_id, Unset)
            and (not isinstance(chain_id, int) or isinstance(chain_id, bool))
        ):
            raise TypeError(f"member 'chain_id': expected int or None or Unset, got {type(chain_id).__name__}")

        entrypoint: str | Unset | None = d.pop("entrypoint", UNSET)
        if entrypoint is not None and not isinstance(entrypoint, Unset) and not isinstance(entrypoint, str):
            raise TypeError(f"member 'entrypoint': expected str or None or Unset, got {type(entrypoint).__name__}")

        def _parse_user_operation(data: object) -> Unset | UserSignedDeployDataUserOperationType0 | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            user_operation_type_0 = UserSignedDeployDataUserOperationType0.from_dict(data)

            return user_operation_type_0

        user_operation = _parse_user_operation(d.pop("user_operation", UNSET))

        user_op_hash: str | Unset | None = d.pop("user_op_hash", UNSET)
        if user_op_hash is not None and not isinstance(user_op_hash, Unset) and not isinstance(user_op_hash, str):
            raise TypeError(f"member 'user_op_hash': expected str or None or Unset, got {type(user_op_hash).__name__}")

        predicted_safe_address: str | Unset | None = d.pop("predicted_safe_address", UNSET)
        if (
            predicted_safe_address is not None
            and not isinstance(predicted_safe_address, Unset)
            and not isinstance(predicted_safe_address, str)
        ):
            raise TypeError(
                f"member 'predicted_safe_address': expected str or None or Unset, got {type(predicted_safe_address).__name__}"
            )

        user_eoa: str | Unset | None = d.pop("user_eoa", UNSET)
        if user_eoa is not None and not isinstance(user_eoa, Unset) and not isinstance(user_eoa, str):
            raise TypeError(f"member 'user_eoa': expected str or None or Unset, got {type(user_eoa).__name__}")

        sponsorship_expires_at_ms: int | Unset | None = d.pop("sponsorship_expires_at_ms", UNSET)
        if (
            sponsorship_expires_at_ms is not None
            and not isinstance(sponsorship_expires_at_ms, Unset)
            and (not isinstance(sponsorship_expires_at_ms, int) or isinstance(sponsorship_expires_at_ms, bool))
        ):
            raise TypeError(
                f"member 'sponsorship_expires_at_ms': expected int or None or Unset, got {type(sponsorship_expires_at_ms).__name__}"
            )

        salt_nonce: int | Unset | None = d.pop("salt_nonce", UNSET)
        if (
            salt_nonce is not None
            and not isinstance(salt_nonce, Unset)
            and (not isinstance(salt_nonce, int) or isinstance(salt_nonce, bool))
        ):
            raise TypeError(f"member 'salt_nonce': expected int or None or Unset, got {type(salt_nonce).__name__}")

        user_signed_deploy_data = cls(
            mode=mode,
            chain_id=chain_id,
            entrypoint=entrypoint,
            user_operation=user_operation,
            user_op_hash=user_op_hash,
            predicted_safe_address=predicted_safe_address,
            user_eoa=user_eoa,
            sponsorship_expires_at_ms=sponsorship_expires_at_ms,
            salt_nonce=salt_nonce,
        )

        user_signed_deploy_data.additional_properties = d
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
