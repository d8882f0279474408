from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

T = TypeVar("T", bound="BYOSafeData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "address",
        "submitted_at_ms",
        "chain_id",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class BYOSafeData(Model):
    """The Safe a user brought: its address, chain and when it was submitted.

    Attributes:
        address: Address of the submitted Safe, lowercased.
        submitted_at_ms: When the Safe was submitted, in epoch milliseconds.
        chain_id: EVM chain id the byo safe lives on (for example 1329 for Sei).
    """

    address: str
    submitted_at_ms: int
    chain_id: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "address",
        "submitted_at_ms",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("chain_id",)

    def _json_dict(self) -> dict[str, Any]:
        address = self.address

        submitted_at_ms = self.submitted_at_ms

        _chain_id = UNSET if self.chain_id is None and not self._nulls & 1 else self.chain_id
        chain_id: int | Unset | None
        if isinstance(_chain_id, Unset):
            chain_id = UNSET
        else:
            chain_id = _chain_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "submitted_at_ms": submitted_at_ms,
            }
        )
        if chain_id is not UNSET:
            field_dict["chain_id"] = chain_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "address"
            address = src_dict["address"]
            if type(address) is not str and not isinstance(address, str):
                raise TypeError(f"member 'address': expected str, got {type(address).__name__}")

            at = "submitted_at_ms"
            submitted_at_ms = src_dict["submitted_at_ms"]
            if type(submitted_at_ms) is not int and (
                not isinstance(submitted_at_ms, int) or isinstance(submitted_at_ms, bool)
            ):
                raise TypeError(f"member 'submitted_at_ms': expected int, got {type(submitted_at_ms).__name__}")

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

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        byo_safe_data = object.__new__(cls)
        byo_safe_data.address = address
        byo_safe_data.submitted_at_ms = submitted_at_ms
        byo_safe_data.chain_id = None if chain_id is ABSENT else chain_id
        byo_safe_data._nulls = nulls
        byo_safe_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 2 + (chain_id is not ABSENT)
            else {}
        )
        return byo_safe_data

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
