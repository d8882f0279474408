from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Literal,
    NotRequired,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deployable_chain import DeployableChain
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

T = TypeVar("T", bound="TxnHashWalletCreate")
_MEMBERS: frozenset[str] = frozenset(
    (
        "method",
        "txn_hash",
        "chain_id",
        "nickname",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class TxnHashWalletCreate(Model):
    """Body of `create_wallet`, which registers a wallet for the user, proved by a Dynamic credential, a SIWE signature or
    a deployment transaction hash.

        Attributes:
            method: Always `txn_hash`: the wallet is proved by its deployment transaction.
            txn_hash: Hash of the deployment transaction, 0x and 64 hex digits.
            chain_id: Chain the transaction was mined on: 1329 (Sei mainnet) in production, 1328 (Sei testnet) elsewhere.
            nickname: Name the user gives the wallet; at most 100 characters.
    """

    method: Literal["txn_hash"]
    txn_hash: str
    chain_id: DeployableChain
    nickname: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "method",
        "txn_hash",
        "chain_id",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("nickname",)
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        method = self.method

        txn_hash = self.txn_hash

        chain_id = DeployableChain(self.chain_id).value

        nickname: str | Unset | None
        if isinstance(self.nickname, Unset):
            nickname = UNSET
        else:
            nickname = self.nickname

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "txn_hash": txn_hash,
                "chain_id": chain_id,
            }
        )
        if nickname is not UNSET:
            field_dict["nickname"] = nickname

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "method"
            method = cast(Literal["txn_hash"], src_dict["method"])
            if method != "txn_hash":
                raise ValueError(f"method must match const 'txn_hash', got '{method}'")

            at = "txn_hash"
            txn_hash = src_dict["txn_hash"]
            if type(txn_hash) is not str and not isinstance(txn_hash, str):
                raise TypeError(f"member 'txn_hash': expected str, got {type(txn_hash).__name__}")

            at = "chain_id"
            chain_id = DeployableChain.parse(src_dict["chain_id"])

            at = "nickname"
            nickname = src_dict.get("nickname", ABSENT)
            if (
                type(nickname) is not str
                and nickname is not None
                and nickname is not ABSENT
                and not isinstance(nickname, str)
            ):
                raise TypeError(f"member 'nickname': expected str or None or Unset, got {type(nickname).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        txn_hash_wallet_create = object.__new__(cls)
        txn_hash_wallet_create.method = method
        txn_hash_wallet_create.txn_hash = txn_hash
        txn_hash_wallet_create.chain_id = chain_id
        txn_hash_wallet_create.nickname = nickname
        txn_hash_wallet_create.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 3 + (nickname is not ABSENT)
            else {}
        )
        return txn_hash_wallet_create

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


class TxnHashWalletCreateDict(TypedDict):
    """``TxnHashWalletCreate`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    method: Literal["txn_hash"]
    txn_hash: str
    chain_id: DeployableChain | int
    nickname: NotRequired[str | None]
