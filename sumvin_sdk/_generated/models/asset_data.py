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

T = TypeVar("T", bound="AssetData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "symbol",
        "name",
        "asset_type",
        "decimals",
        "chain_id",
        "contract_address",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class AssetData(Model):
    """An asset Sumvin supports, crypto or fiat: symbol, chain, contract and decimals.

    Attributes:
        symbol: Ticker symbol of the asset, such as USDC.
        name: Name of the asset as shown to users.
        asset_type: Kind of asset: `crypto` or `fiat`.
        decimals: Decimal places the asset's amounts use (18 for ETH, 6 for USDC, 2 for USD).
        chain_id: EVM chain id the asset lives on (for example 1329 for Sei).
        contract_address: ERC-20 token contract address; null for native tokens and fiat.
    """

    symbol: str
    name: str
    asset_type: str
    decimals: int
    chain_id: int | None = None
    contract_address: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "symbol",
        "name",
        "asset_type",
        "decimals",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "chain_id",
        "contract_address",
    )

    def _json_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        name = self.name

        asset_type = self.asset_type

        decimals = self.decimals

        _chain_id = UNSET if self.chain_id is None and not self._nulls & 1 else self.chain_id
        chain_id: int | Unset | None
        if isinstance(_chain_id, Unset):
            chain_id = UNSET
        else:
            chain_id = _chain_id

        _contract_address = UNSET if self.contract_address is None and not self._nulls & 2 else self.contract_address
        contract_address: str | Unset | None
        if isinstance(_contract_address, Unset):
            contract_address = UNSET
        else:
            contract_address = _contract_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "name": name,
                "asset_type": asset_type,
                "decimals": decimals,
            }
        )
        if chain_id is not UNSET:
            field_dict["chain_id"] = chain_id
        if contract_address is not UNSET:
            field_dict["contract_address"] = contract_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "symbol"
            symbol = src_dict["symbol"]
            if type(symbol) is not str and not isinstance(symbol, str):
                raise TypeError(f"member 'symbol': expected str, got {type(symbol).__name__}")

            at = "name"
            name = src_dict["name"]
            if type(name) is not str and not isinstance(name, str):
                raise TypeError(f"member 'name': expected str, got {type(name).__name__}")

            at = "asset_type"
            asset_type = src_dict["asset_type"]
            if type(asset_type) is not str and not isinstance(asset_type, str):
                raise TypeError(f"member 'asset_type': expected str, got {type(asset_type).__name__}")

            at = "decimals"
            decimals = src_dict["decimals"]
            if type(decimals) is not int and (not isinstance(decimals, int) or isinstance(decimals, bool)):
                raise TypeError(f"member 'decimals': expected int, got {type(decimals).__name__}")

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

            at = "contract_address"
            contract_address = src_dict.get("contract_address", ABSENT)
            if (
                type(contract_address) is not str
                and contract_address is not None
                and contract_address is not ABSENT
                and not isinstance(contract_address, str)
            ):
                raise TypeError(
                    f"member 'contract_address': expected str or None or Unset, got {type(contract_address).__name__}"
                )

            if contract_address is None:
                nulls |= 2

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        asset_data = object.__new__(cls)
        asset_data.symbol = symbol
        asset_data.name = name
        asset_data.asset_type = asset_type
        asset_data.decimals = decimals
        asset_data.chain_id = None if chain_id is ABSENT else chain_id
        asset_data.contract_address = None if contract_address is ABSENT else contract_address
        asset_data._nulls = nulls
        asset_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 4 + (chain_id is not ABSENT) + (contract_address is not ABSENT)
            else {}
        )
        return asset_data

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
