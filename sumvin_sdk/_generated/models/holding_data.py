from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, epoch_ms, parse_timestamp

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
        nulls = 0
        external_id = src_dict["external_id"]
        if type(external_id) is not str and not isinstance(external_id, str):
            raise TypeError(f"member 'external_id': expected str, got {type(external_id).__name__}")

        currency = src_dict["currency"]
        if type(currency) is not str and not isinstance(currency, str):
            raise TypeError(f"member 'currency': expected str, got {type(currency).__name__}")

        symbol: str | Unset | None = src_dict.get("symbol", UNSET)
        if type(symbol) is not str and symbol is not None and symbol is not UNSET and not isinstance(symbol, str):
            raise TypeError(f"member 'symbol': expected str or None or Unset, got {type(symbol).__name__}")

        if symbol is None:
            nulls |= 1

        description: str | Unset | None = src_dict.get("description", UNSET)
        if (
            type(description) is not str
            and description is not None
            and description is not UNSET
            and not isinstance(description, str)
        ):
            raise TypeError(f"member 'description': expected str or None or Unset, got {type(description).__name__}")

        if description is None:
            nulls |= 2

        holding_type: str | Unset | None = src_dict.get("holding_type", UNSET)
        if (
            type(holding_type) is not str
            and holding_type is not None
            and holding_type is not UNSET
            and not isinstance(holding_type, str)
        ):
            raise TypeError(f"member 'holding_type': expected str or None or Unset, got {type(holding_type).__name__}")

        if holding_type is None:
            nulls |= 4

        quantity: str | Unset | None = src_dict.get("quantity", UNSET)
        if (
            type(quantity) is not str
            and quantity is not None
            and quantity is not UNSET
            and not isinstance(quantity, str)
        ):
            raise TypeError(f"member 'quantity': expected str or None or Unset, got {type(quantity).__name__}")

        if quantity is None:
            nulls |= 8

        cost_basis: str | Unset | None = src_dict.get("cost_basis", UNSET)
        if (
            type(cost_basis) is not str
            and cost_basis is not None
            and cost_basis is not UNSET
            and not isinstance(cost_basis, str)
        ):
            raise TypeError(f"member 'cost_basis': expected str or None or Unset, got {type(cost_basis).__name__}")

        if cost_basis is None:
            nulls |= 16

        current_value: str | Unset | None = src_dict.get("current_value", UNSET)
        if (
            type(current_value) is not str
            and current_value is not None
            and current_value is not UNSET
            and not isinstance(current_value, str)
        ):
            raise TypeError(
                f"member 'current_value': expected str or None or Unset, got {type(current_value).__name__}"
            )

        if current_value is None:
            nulls |= 32

        close_price: str | Unset | None = src_dict.get("close_price", UNSET)
        if (
            type(close_price) is not str
            and close_price is not None
            and close_price is not UNSET
            and not isinstance(close_price, str)
        ):
            raise TypeError(f"member 'close_price': expected str or None or Unset, got {type(close_price).__name__}")

        if close_price is None:
            nulls |= 64

        isin: str | Unset | None = src_dict.get("isin", UNSET)
        if type(isin) is not str and isin is not None and isin is not UNSET and not isinstance(isin, str):
            raise TypeError(f"member 'isin': expected str or None or Unset, got {type(isin).__name__}")

        if isin is None:
            nulls |= 128

        cusip: str | Unset | None = src_dict.get("cusip", UNSET)
        if type(cusip) is not str and cusip is not None and cusip is not UNSET and not isinstance(cusip, str):
            raise TypeError(f"member 'cusip': expected str or None or Unset, got {type(cusip).__name__}")

        if cusip is None:
            nulls |= 256

        last_synced_at: datetime.datetime | Unset | None = src_dict.get("last_synced_at", UNSET)
        if last_synced_at is not None and last_synced_at is not UNSET:
            if not isinstance(last_synced_at, int | float | str):
                raise TypeError("member 'last_synced_at': a value of the wrong type")
            last_synced_at_type_0 = parse_timestamp(src_dict.get("last_synced_at", UNSET))

            last_synced_at = last_synced_at_type_0

        if last_synced_at is None:
            nulls |= 512

        holding_data = cls(
            external_id=external_id,
            currency=currency,
            symbol=None if isinstance(symbol, Unset) else symbol,
            description=None if isinstance(description, Unset) else description,
            holding_type=None if isinstance(holding_type, Unset) else holding_type,
            quantity=None if isinstance(quantity, Unset) else quantity,
            cost_basis=None if isinstance(cost_basis, Unset) else cost_basis,
            current_value=None if isinstance(current_value, Unset) else current_value,
            close_price=None if isinstance(close_price, Unset) else close_price,
            isin=None if isinstance(isin, Unset) else isin,
            cusip=None if isinstance(cusip, Unset) else cusip,
            last_synced_at=None if isinstance(last_synced_at, Unset) else last_synced_at,
        )

        holding_data._nulls = nulls

        if not _MEMBERS.issuperset(src_dict):
            holding_data.additional_properties = {k: v for k, v in src_dict.items() if k not in _MEMBERS}
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
