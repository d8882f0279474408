from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, epoch_ms, parse_timestamp

T = TypeVar("T", bound="HoldingData")


@_attrs_define
class HoldingData:
    """A holding.

    Attributes:
        external_id (str): Public identifier of the holding.
        currency (str): Currency code (ISO 4217, such as USD).
        symbol (None | str | Unset): Ticker symbol of the asset, such as USDC.
        description (None | str | Unset): What the holding is for, in a sentence or two.
        holding_type (None | str | Unset): Holding type of the holding.
        quantity (None | str | Unset): Quantity of the holding.
        cost_basis (None | str | Unset): Cost basis of the holding.
        current_value (None | str | Unset): Current value of the holding.
        close_price (None | str | Unset): Close price of the holding.
        isin (None | str | Unset): Isin of the holding.
        cusip (None | str | Unset): Cusip of the holding.
        last_synced_at (datetime.datetime | None | Unset): When last synced happened for the holding (epoch ms, or ISO
            8601 on request).
    """

    external_id: str
    currency: str
    symbol: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    holding_type: str | Unset | None = UNSET
    quantity: str | Unset | None = UNSET
    cost_basis: str | Unset | None = UNSET
    current_value: str | Unset | None = UNSET
    close_price: str | Unset | None = UNSET
    isin: str | Unset | None = UNSET
    cusip: str | Unset | None = UNSET
    last_synced_at: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        currency = self.currency

        symbol: str | Unset | None
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        holding_type: str | Unset | None
        if isinstance(self.holding_type, Unset):
            holding_type = UNSET
        else:
            holding_type = self.holding_type

        quantity: str | Unset | None
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        cost_basis: str | Unset | None
        if isinstance(self.cost_basis, Unset):
            cost_basis = UNSET
        else:
            cost_basis = self.cost_basis

        current_value: str | Unset | None
        if isinstance(self.current_value, Unset):
            current_value = UNSET
        else:
            current_value = self.current_value

        close_price: str | Unset | None
        if isinstance(self.close_price, Unset):
            close_price = UNSET
        else:
            close_price = self.close_price

        isin: str | Unset | None
        if isinstance(self.isin, Unset):
            isin = UNSET
        else:
            isin = self.isin

        cusip: str | Unset | None
        if isinstance(self.cusip, Unset):
            cusip = UNSET
        else:
            cusip = self.cusip

        last_synced_at: int | Unset | None
        if isinstance(self.last_synced_at, Unset):
            last_synced_at = UNSET
        elif isinstance(self.last_synced_at, datetime.datetime):
            last_synced_at = epoch_ms(self.last_synced_at)
        else:
            last_synced_at = self.last_synced_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "external_id": external_id,
                "currency": currency,
            }
        )
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if description is not UNSET:
            field_dict["description"] = description
        if holding_type is not UNSET:
            field_dict["holding_type"] = holding_type
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if cost_basis is not UNSET:
            field_dict["cost_basis"] = cost_basis
        if current_value is not UNSET:
            field_dict["current_value"] = current_value
        if close_price is not UNSET:
            field_dict["close_price"] = close_price
        if isin is not UNSET:
            field_dict["isin"] = isin
        if cusip is not UNSET:
            field_dict["cusip"] = cusip
        if last_synced_at is not UNSET:
            field_dict["last_synced_at"] = last_synced_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("external_id")
        if not isinstance(external_id, str):
            raise TypeError(f"member 'external_id': expected str, got {type(external_id).__name__}")

        currency = d.pop("currency")
        if not isinstance(currency, str):
            raise TypeError(f"member 'currency': expected str, got {type(currency).__name__}")

        symbol: str | Unset | None = d.pop("symbol", UNSET)
        if symbol is not None and not isinstance(symbol, Unset) and not isinstance(symbol, str):
            raise TypeError(f"member 'symbol': expected str or None or Unset, got {type(symbol).__name__}")

        description: str | Unset | None = d.pop("description", UNSET)
        if description is not None and not isinstance(description, Unset) and not isinstance(description, str):
            raise TypeError(f"member 'description': expected str or None or Unset, got {type(description).__name__}")

        holding_type: str | Unset | None = d.pop("holding_type", UNSET)
        if holding_type is not None and not isinstance(holding_type, Unset) and not isinstance(holding_type, str):
            raise TypeError(f"member 'holding_type': expected str or None or Unset, got {type(holding_type).__name__}")

        quantity: str | Unset | None = d.pop("quantity", UNSET)
        if quantity is not None and not isinstance(quantity, Unset) and not isinstance(quantity, str):
            raise TypeError(f"member 'quantity': expected str or None or Unset, got {type(quantity).__name__}")

        cost_basis: str | Unset | None = d.pop("cost_basis", UNSET)
        if cost_basis is not None and not isinstance(cost_basis, Unset) and not isinstance(cost_basis, str):
            raise TypeError(f"member 'cost_basis': expected str or None or Unset, got {type(cost_basis).__name__}")

        current_value: str | Unset | None = d.pop("current_value", UNSET)
        if current_value is not None and not isinstance(current_value, Unset) and not isinstance(current_value, str):
            raise TypeError(
                f"member 'current_value': expected str or None or Unset, got {type(current_value).__name__}"
            )

        close_price: str | Unset | None = d.pop("close_price", UNSET)
        if close_price is not None and not isinstance(close_price, Unset) and not isinstance(close_price, str):
            raise TypeError(f"member 'close_price': expected str or None or Unset, got {type(close_price).__name__}")

        isin: str | Unset | None = d.pop("isin", UNSET)
        if isin is not None and not isinstance(isin, Unset) and not isinstance(isin, str):
            raise TypeError(f"member 'isin': expected str or None or Unset, got {type(isin).__name__}")

        cusip: str | Unset | None = d.pop("cusip", UNSET)
        if cusip is not None and not isinstance(cusip, Unset) and not isinstance(cusip, str):
            raise TypeError(f"member 'cusip': expected str or None or Unset, got {type(cusip).__name__}")

        def _parse_last_synced_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, int | float | str):
                raise TypeError()
            last_synced_at_type_0 = parse_timestamp(data)

            return last_synced_at_type_0

        last_synced_at = _parse_last_synced_at(d.pop("last_synced_at", UNSET))

        holding_data = cls(
            external_id=external_id,
            currency=currency,
            symbol=symbol,
            description=description,
            holding_type=holding_type,
            quantity=quantity,
            cost_basis=cost_basis,
            current_value=current_value,
            close_price=close_price,
            isin=isin,
            cusip=cusip,
            last_synced_at=last_synced_at,
        )

        holding_data.additional_properties = d
        return holding_data

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
