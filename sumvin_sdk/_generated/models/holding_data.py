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

T = TypeVar("T", bound="HoldingData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "external_id",
        "currency",
        "symbol",
        "description",
        "holding_type",
        "quantity",
        "cost_basis",
        "current_value",
        "close_price",
        "isin",
        "cusip",
        "last_synced_at",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class HoldingData(Model):
    """One position in a linked investment account: security, quantity, cost and value.

    Attributes:
        external_id: Public identifier of the holding.
        currency: Currency code (ISO 4217, such as USD).
        symbol: Ticker symbol of the asset, such as USDC.
        description: What the holding is for, in a sentence or two.
        holding_type: Kind of holding, as the institution reports it; null when not stated.
        quantity: Units held, as a decimal string; null when not reported.
        cost_basis: What the holding cost in total, as a decimal string; null when not reported.
        current_value: Market value of the holding now, as a decimal string; null when not reported.
        close_price: Price per unit at the last close, as a decimal string; null when not reported.
        isin: International Securities Identification Number (ISIN); null when unknown.
        cusip: CUSIP number of the security; null when unknown.
        last_synced_at: When the holding was last synced (epoch ms on the wire).
    """

    external_id: str
    currency: str
    symbol: str | None = None
    description: str | None = None
    holding_type: str | None = None
    quantity: str | None = None
    cost_basis: str | None = None
    current_value: str | None = None
    close_price: str | None = None
    isin: str | None = None
    cusip: str | None = None
    last_synced_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "external_id",
        "currency",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "symbol",
        "description",
        "holding_type",
        "quantity",
        "cost_basis",
        "current_value",
        "close_price",
        "isin",
        "cusip",
        "last_synced_at",
    )

    def _json_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        currency = self.currency

        _symbol = UNSET if self.symbol is None and not self._nulls & 1 else self.symbol
        symbol: str | Unset | None
        if isinstance(_symbol, Unset):
            symbol = UNSET
        else:
            symbol = _symbol

        _description = UNSET if self.description is None and not self._nulls & 2 else self.description
        description: str | Unset | None
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = _description

        _holding_type = UNSET if self.holding_type is None and not self._nulls & 4 else self.holding_type
        holding_type: str | Unset | None
        if isinstance(_holding_type, Unset):
            holding_type = UNSET
        else:
            holding_type = _holding_type

        _quantity = UNSET if self.quantity is None and not self._nulls & 8 else self.quantity
        quantity: str | Unset | None
        if isinstance(_quantity, Unset):
            quantity = UNSET
        else:
            quantity = _quantity

        _cost_basis = UNSET if self.cost_basis is None and not self._nulls & 16 else self.cost_basis
        cost_basis: str | Unset | None
        if isinstance(_cost_basis, Unset):
            cost_basis = UNSET
        else:
            cost_basis = _cost_basis

        _current_value = UNSET if self.current_value is None and not self._nulls & 32 else self.current_value
        current_value: str | Unset | None
        if isinstance(_current_value, Unset):
            current_value = UNSET
        else:
            current_value = _current_value

        _close_price = UNSET if self.close_price is None and not self._nulls & 64 else self.close_price
        close_price: str | Unset | None
        if isinstance(_close_price, Unset):
            close_price = UNSET
        else:
            close_price = _close_price

        _isin = UNSET if self.isin is None and not self._nulls & 128 else self.isin
        isin: str | Unset | None
        if isinstance(_isin, Unset):
            isin = UNSET
        else:
            isin = _isin

        _cusip = UNSET if self.cusip is None and not self._nulls & 256 else self.cusip
        cusip: str | Unset | None
        if isinstance(_cusip, Unset):
            cusip = UNSET
        else:
            cusip = _cusip

        _last_synced_at = UNSET if self.last_synced_at is None and not self._nulls & 512 else self.last_synced_at
        last_synced_at: int | Unset | None
        if isinstance(_last_synced_at, Unset):
            last_synced_at = UNSET
        elif isinstance(_last_synced_at, datetime.datetime):
            last_synced_at = epoch_ms(_last_synced_at)
        else:
            last_synced_at = _last_synced_at

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
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "external_id"
            external_id = src_dict["external_id"]
            if type(external_id) is not str and not isinstance(external_id, str):
                raise TypeError(f"member 'external_id': expected str, got {type(external_id).__name__}")

            at = "currency"
            currency = src_dict["currency"]
            if type(currency) is not str and not isinstance(currency, str):
                raise TypeError(f"member 'currency': expected str, got {type(currency).__name__}")

            at = "symbol"
            symbol = src_dict.get("symbol", ABSENT)
            if type(symbol) is not str and symbol is not None and symbol is not ABSENT and not isinstance(symbol, str):
                raise TypeError(f"member 'symbol': expected str or None or Unset, got {type(symbol).__name__}")

            if symbol is None:
                nulls |= 1

            at = "description"
            description = src_dict.get("description", ABSENT)
            if (
                type(description) is not str
                and description is not None
                and description is not ABSENT
                and not isinstance(description, str)
            ):
                raise TypeError(
                    f"member 'description': expected str or None or Unset, got {type(description).__name__}"
                )

            if description is None:
                nulls |= 2

            at = "holding_type"
            holding_type = src_dict.get("holding_type", ABSENT)
            if (
                type(holding_type) is not str
                and holding_type is not None
                and holding_type is not ABSENT
                and not isinstance(holding_type, str)
            ):
                raise TypeError(
                    f"member 'holding_type': expected str or None or Unset, got {type(holding_type).__name__}"
                )

            if holding_type is None:
                nulls |= 4

            at = "quantity"
            quantity = src_dict.get("quantity", ABSENT)
            if (
                type(quantity) is not str
                and quantity is not None
                and quantity is not ABSENT
                and not isinstance(quantity, str)
            ):
                raise TypeError(f"member 'quantity': expected str or None or Unset, got {type(quantity).__name__}")

            if quantity is None:
                nulls |= 8

            at = "cost_basis"
            cost_basis = src_dict.get("cost_basis", ABSENT)
            if (
                type(cost_basis) is not str
                and cost_basis is not None
                and cost_basis is not ABSENT
                and not isinstance(cost_basis, str)
            ):
                raise TypeError(f"member 'cost_basis': expected str or None or Unset, got {type(cost_basis).__name__}")

            if cost_basis is None:
                nulls |= 16

            at = "current_value"
            current_value = src_dict.get("current_value", ABSENT)
            if (
                type(current_value) is not str
                and current_value is not None
                and current_value is not ABSENT
                and not isinstance(current_value, str)
            ):
                raise TypeError(
                    f"member 'current_value': expected str or None or Unset, got {type(current_value).__name__}"
                )

            if current_value is None:
                nulls |= 32

            at = "close_price"
            close_price = src_dict.get("close_price", ABSENT)
            if (
                type(close_price) is not str
                and close_price is not None
                and close_price is not ABSENT
                and not isinstance(close_price, str)
            ):
                raise TypeError(
                    f"member 'close_price': expected str or None or Unset, got {type(close_price).__name__}"
                )

            if close_price is None:
                nulls |= 64

            at = "isin"
            isin = src_dict.get("isin", ABSENT)
            if type(isin) is not str and isin is not None and isin is not ABSENT and not isinstance(isin, str):
                raise TypeError(f"member 'isin': expected str or None or Unset, got {type(isin).__name__}")

            if isin is None:
                nulls |= 128

            at = "cusip"
            cusip = src_dict.get("cusip", ABSENT)
            if type(cusip) is not str and cusip is not None and cusip is not ABSENT and not isinstance(cusip, str):
                raise TypeError(f"member 'cusip': expected str or None or Unset, got {type(cusip).__name__}")

            if cusip is None:
                nulls |= 256

            at = "last_synced_at"
            last_synced_at = src_dict.get("last_synced_at", ABSENT)
            if last_synced_at is not None and last_synced_at is not ABSENT:
                if not isinstance(last_synced_at, int | float | str):
                    raise TypeError("member 'last_synced_at': a value of the wrong type")
                last_synced_at = parse_timestamp(last_synced_at)

            if last_synced_at is None:
                nulls |= 512

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        holding_data = object.__new__(cls)
        holding_data.external_id = external_id
        holding_data.currency = currency
        holding_data.symbol = None if symbol is ABSENT else symbol
        holding_data.description = None if description is ABSENT else description
        holding_data.holding_type = None if holding_type is ABSENT else holding_type
        holding_data.quantity = None if quantity is ABSENT else quantity
        holding_data.cost_basis = None if cost_basis is ABSENT else cost_basis
        holding_data.current_value = None if current_value is ABSENT else current_value
        holding_data.close_price = None if close_price is ABSENT else close_price
        holding_data.isin = None if isin is ABSENT else isin
        holding_data.cusip = None if cusip is ABSENT else cusip
        holding_data.last_synced_at = None if last_synced_at is ABSENT else last_synced_at
        holding_data._nulls = nulls
        holding_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 2
            + (symbol is not ABSENT)
            + (description is not ABSENT)
            + (holding_type is not ABSENT)
            + (quantity is not ABSENT)
            + (cost_basis is not ABSENT)
            + (current_value is not ABSENT)
            + (close_price is not ABSENT)
            + (isin is not ABSENT)
            + (cusip is not ABSENT)
            + (last_synced_at is not ABSENT)
            else {}
        )
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
