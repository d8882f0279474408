from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, epoch_ms, note_failure, parse_timestamp

if TYPE_CHECKING:
    from ..models.wallet_asset_data_links_type_0 import WalletAssetDataLinksType0


T = TypeVar("T", bound="WalletAssetData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "symbol",
        "name",
        "chain_id",
        "balance",
        "balance_updated_at",
        "balance_usd",
        "transactions_href",
        "_links",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class WalletAssetData(Model):
    """One asset in a wallet: balance, value in US dollars and links.

    Attributes:
        symbol: Ticker symbol of the asset, such as USDC.
        name: Name of the wallet asset as shown to users.
        chain_id: EVM chain id the wallet asset lives on (for example 1329 for Sei).
        balance: Balance in the wallet, as a decimal string in the asset's units.
        balance_updated_at: When the balance was last refreshed (epoch ms on the wire).
        balance_usd: Value of the balance in US dollars, as a decimal string; null when there is no price.
        transactions_href: Link to the asset's transactions in this wallet; null when not offered.
        field_links: HAL links to this resource and to the actions available next, keyed by relation.
    """

    symbol: str
    name: str
    chain_id: int | None
    balance: str
    balance_updated_at: datetime.datetime
    balance_usd: str | None = None
    transactions_href: str | None = None
    field_links: WalletAssetDataLinksType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "symbol",
        "name",
        "chain_id",
        "balance",
        "balance_updated_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "balance_usd",
        "transactions_href",
        "field_links",
    )

    def _json_dict(self) -> dict[str, Any]:
        from ..models.wallet_asset_data_links_type_0 import WalletAssetDataLinksType0

        symbol = self.symbol

        name = self.name

        chain_id: int | None
        chain_id = self.chain_id

        balance = self.balance

        balance_updated_at = epoch_ms(self.balance_updated_at)

        _balance_usd = UNSET if self.balance_usd is None and not self._nulls & 1 else self.balance_usd
        balance_usd: str | Unset | None
        if isinstance(_balance_usd, Unset):
            balance_usd = UNSET
        else:
            balance_usd = _balance_usd

        _transactions_href = UNSET if self.transactions_href is None and not self._nulls & 2 else self.transactions_href
        transactions_href: str | Unset | None
        if isinstance(_transactions_href, Unset):
            transactions_href = UNSET
        else:
            transactions_href = _transactions_href

        _field_links = UNSET if self.field_links is None and not self._nulls & 4 else self.field_links
        field_links: dict[str, Any] | Unset | None
        if isinstance(_field_links, Unset):
            field_links = UNSET
        elif isinstance(_field_links, WalletAssetDataLinksType0):
            field_links = _field_links.to_dict()
        else:
            field_links = _field_links

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "name": name,
                "chain_id": chain_id,
                "balance": balance,
                "balance_updated_at": balance_updated_at,
            }
        )
        if balance_usd is not UNSET:
            field_dict["balance_usd"] = balance_usd
        if transactions_href is not UNSET:
            field_dict["transactions_href"] = transactions_href
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            WalletAssetDataLinksType0 = _models.WalletAssetDataLinksType0
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

            at = "chain_id"
            chain_id = src_dict["chain_id"]
            if (
                type(chain_id) is not int
                and chain_id is not None
                and (not isinstance(chain_id, int) or isinstance(chain_id, bool))
            ):
                raise TypeError(f"member 'chain_id': expected int or None, got {type(chain_id).__name__}")

            at = "balance"
            balance = src_dict["balance"]
            if type(balance) is not str and not isinstance(balance, str):
                raise TypeError(f"member 'balance': expected str, got {type(balance).__name__}")

            at = "balance_updated_at"
            balance_updated_at = parse_timestamp(src_dict["balance_updated_at"])

            at = "balance_usd"
            balance_usd = src_dict.get("balance_usd", ABSENT)
            if (
                type(balance_usd) is not str
                and balance_usd is not None
                and balance_usd is not ABSENT
                and not isinstance(balance_usd, str)
            ):
                raise TypeError(
                    f"member 'balance_usd': expected str or None or Unset, got {type(balance_usd).__name__}"
                )

            if balance_usd is None:
                nulls |= 1

            at = "transactions_href"
            transactions_href = src_dict.get("transactions_href", ABSENT)
            if (
                type(transactions_href) is not str
                and transactions_href is not None
                and transactions_href is not ABSENT
                and not isinstance(transactions_href, str)
            ):
                raise TypeError(
                    f"member 'transactions_href': expected str or None or Unset, got {type(transactions_href).__name__}"
                )

            if transactions_href is None:
                nulls |= 2

            at = "_links"
            field_links = src_dict.get("_links", ABSENT)
            if field_links is not None and field_links is not ABSENT:
                if not isinstance(field_links, dict):
                    raise TypeError("member 'field_links': a value of the wrong type")
                field_links = WalletAssetDataLinksType0.from_dict(field_links)

            if field_links is None:
                nulls |= 4

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        wallet_asset_data = object.__new__(cls)
        wallet_asset_data.symbol = symbol
        wallet_asset_data.name = name
        wallet_asset_data.chain_id = chain_id
        wallet_asset_data.balance = balance
        wallet_asset_data.balance_updated_at = balance_updated_at
        wallet_asset_data.balance_usd = None if balance_usd is ABSENT else balance_usd
        wallet_asset_data.transactions_href = None if transactions_href is ABSENT else transactions_href
        wallet_asset_data.field_links = None if field_links is ABSENT else field_links
        wallet_asset_data._nulls = nulls
        wallet_asset_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 5 + (balance_usd is not ABSENT) + (transactions_href is not ABSENT) + (field_links is not ABSENT)
            else {}
        )
        return wallet_asset_data

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
