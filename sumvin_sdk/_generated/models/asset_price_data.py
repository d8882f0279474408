from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, epoch_ms, parse_timestamp

T = TypeVar("T", bound="AssetPriceData")


@_attrs_define(repr=False)
class AssetPriceData(Model):
    """An asset price data, as part of `AssetPriceResponse`.

    Attributes:
        symbol: Ticker symbol of the asset, such as USDC.
        price: Price of the asset price.
        currency: Currency code (ISO 4217, such as USD).
        timestamp: When the asset price happened.
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
        d = dict(src_dict)
        nulls = 0
        symbol = d.pop("symbol")
        if not isinstance(symbol, str):
            raise TypeError(f"member 'symbol': expected str, got {type(symbol).__name__}")

        price = d.pop("price")
        if not isinstance(price, str):
            raise TypeError(f"member 'price': expected str, got {type(price).__name__}")

        currency = d.pop("currency")
        if not isinstance(currency, str):
            raise TypeError(f"member 'currency': expected str, got {type(currency).__name__}")

        timestamp = parse_timestamp(d.pop("timestamp"))

        chain_id: int | Unset | None = d.pop("chain_id", UNSET)
        if (
            chain_id is not None
            and not isinstance(chain_id, Unset)
            and (not isinstance(chain_id, int) or isinstance(chain_id, bool))
        ):
            raise TypeError(f"member 'chain_id': expected int or None or Unset, got {type(chain_id).__name__}")

        if chain_id is None:
            nulls |= 1

        asset_price_data = cls(
            symbol=symbol,
            price=price,
            currency=currency,
            timestamp=timestamp,
            chain_id=None if isinstance(chain_id, Unset) else chain_id,
        )

        asset_price_data._nulls = nulls

        asset_price_data.additional_properties = d
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
