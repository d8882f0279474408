from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, epoch_ms, note_failure, parse_timestamp

T = TypeVar("T", bound="AssetPriceData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "symbol",
        "price",
        "currency",
        "timestamp",
        "chain_id",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class AssetPriceData(Model):
    """An asset's latest price in a fiat currency, with when it was taken.

    Attributes:
        symbol: Ticker symbol of the asset, such as USDC.
        price: Current price as a decimal string, so no precision is lost (such as `1823.45`).
        currency: Currency code (ISO 4217, such as USD).
        timestamp: When the asset price happened (epoch ms on the wire).
        chain_id: EVM chain id the asset price lives on (for example 1329 for Sei).
    """

    symbol: str
    price: str
    currency: str
    timestamp: datetime.datetime
    chain_id: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "symbol",
        "price",
        "currency",
        "timestamp",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("chain_id",)

    def _json_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        price = self.price

        currency = self.currency

        timestamp = epoch_ms(self.timestamp)

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
                "symbol": symbol,
                "price": price,
                "currency": currency,
                "timestamp": timestamp,
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
            at = "symbol"
            symbol = src_dict["symbol"]
            if type(symbol) is not str and not isinstance(symbol, str):
                raise TypeError(f"member 'symbol': expected str, got {type(symbol).__name__}")

            at = "price"
            price = src_dict["price"]
            if type(price) is not str and not isinstance(price, str):
                raise TypeError(f"member 'price': expected str, got {type(price).__name__}")

            at = "currency"
            currency = src_dict["currency"]
            if type(currency) is not str and not isinstance(currency, str):
                raise TypeError(f"member 'currency': expected str, got {type(currency).__name__}")

            at = "timestamp"
            timestamp = parse_timestamp(src_dict["timestamp"])

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
        asset_price_data = object.__new__(cls)
        asset_price_data.symbol = symbol
        asset_price_data.price = price
        asset_price_data.currency = currency
        asset_price_data.timestamp = timestamp
        asset_price_data.chain_id = None if chain_id is ABSENT else chain_id
        asset_price_data._nulls = nulls
        asset_price_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 4 + (chain_id is not ABSENT)
            else {}
        )
        return asset_price_data

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
