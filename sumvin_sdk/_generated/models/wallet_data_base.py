from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="WalletDataBase")
_MEMBERS: frozenset[str] = frozenset(
    (
        "id",
        "address",
        "chain_id",
        "is_primary",
        "is_eoa",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class WalletDataBase(Model):
    """The basic facts of a wallet: id, address, chain and kind.

    Attributes:
        id: Public id of the wallet.
        address: Address of the wallet (an EOA or a Safe), 0x-hex.
        chain_id: Chain id the wallet is on (1329, Sei mainnet).
        is_primary: True for the user's primary wallet of its kind (EOA or Safe).
        is_eoa: True for an externally owned account (EOA), false for a Safe smart wallet.
    """

    id: str
    address: str
    chain_id: int
    is_primary: bool
    is_eoa: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "id",
        "address",
        "chain_id",
        "is_primary",
        "is_eoa",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        id = self.id

        address = self.address

        chain_id = self.chain_id

        is_primary = self.is_primary

        is_eoa = self.is_eoa

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "address": address,
                "chain_id": chain_id,
                "is_primary": is_primary,
                "is_eoa": is_eoa,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "address"
            address = src_dict["address"]
            if type(address) is not str and not isinstance(address, str):
                raise TypeError(f"member 'address': expected str, got {type(address).__name__}")

            at = "chain_id"
            chain_id = src_dict["chain_id"]
            if type(chain_id) is not int and (not isinstance(chain_id, int) or isinstance(chain_id, bool)):
                raise TypeError(f"member 'chain_id': expected int, got {type(chain_id).__name__}")

            at = "is_primary"
            is_primary = src_dict["is_primary"]
            if type(is_primary) is not bool and not isinstance(is_primary, bool):
                raise TypeError(f"member 'is_primary': expected bool, got {type(is_primary).__name__}")

            at = "is_eoa"
            is_eoa = src_dict["is_eoa"]
            if type(is_eoa) is not bool and not isinstance(is_eoa, bool):
                raise TypeError(f"member 'is_eoa': expected bool, got {type(is_eoa).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        wallet_data_base = object.__new__(cls)
        wallet_data_base.id = id
        wallet_data_base.address = address
        wallet_data_base.chain_id = chain_id
        wallet_data_base.is_primary = is_primary
        wallet_data_base.is_eoa = is_eoa
        wallet_data_base.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 5 else {}
        )
        return wallet_data_base

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
