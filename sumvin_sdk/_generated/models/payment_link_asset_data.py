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

T = TypeVar("T", bound="PaymentLinkAssetData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "symbol",
        "decimals",
        "address",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class PaymentLinkAssetData(Model):
    """The asset a payment link is paid in: symbol, contract address and decimals.

    Attributes:
        symbol: Ticker symbol of the asset, such as USDC.
        decimals: Decimal places the asset uses on chain.
        address: Token contract address; null for fiat.
    """

    symbol: str
    decimals: int
    address: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "symbol",
        "decimals",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("address",)

    def _json_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        decimals = self.decimals

        _address = UNSET if self.address is None and not self._nulls & 1 else self.address
        address: str | Unset | None
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = _address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "decimals": decimals,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address

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

            at = "decimals"
            decimals = src_dict["decimals"]
            if type(decimals) is not int and (not isinstance(decimals, int) or isinstance(decimals, bool)):
                raise TypeError(f"member 'decimals': expected int, got {type(decimals).__name__}")

            at = "address"
            address = src_dict.get("address", ABSENT)
            if (
                type(address) is not str
                and address is not None
                and address is not ABSENT
                and not isinstance(address, str)
            ):
                raise TypeError(f"member 'address': expected str or None or Unset, got {type(address).__name__}")

            if address is None:
                nulls |= 1

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        payment_link_asset_data = object.__new__(cls)
        payment_link_asset_data.symbol = symbol
        payment_link_asset_data.decimals = decimals
        payment_link_asset_data.address = None if address is ABSENT else address
        payment_link_asset_data._nulls = nulls
        payment_link_asset_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 2 + (address is not ABSENT)
            else {}
        )
        return payment_link_asset_data

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
