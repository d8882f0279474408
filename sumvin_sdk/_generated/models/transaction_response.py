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
    from ..models.asset_data import AssetData
    from ..models.transaction_account_data import TransactionAccountData
    from ..models.transaction_card_data import TransactionCardData
    from ..models.transaction_links import TransactionLinks
    from ..models.wallet_data_base import WalletDataBase


T = TypeVar("T", bound="TransactionResponse")
_MEMBERS: frozenset[str] = frozenset(
    (
        "_links",
        "id",
        "type",
        "status",
        "direction",
        "amount",
        "created_at",
        "updated_at",
        "source",
        "asset",
        "wallet",
        "account",
        "card",
        "tx_hash",
        "merchant_name",
        "merchant_logo_url",
        "merchant_category_code",
        "category",
        "processor_reference",
        "has_receipt",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class TransactionResponse(Model):
    """What `get_transaction` returns: one transaction with its merchant, card and on-chain details.

    Example:
        {'_links': {'self': {'href': '/v0/transactions/txn_a1b2c3d4e5f6'}}, 'amount': '42.50', 'asset': {'asset_type':
            'fiat', 'decimals': 2, 'name': 'US Dollar', 'symbol': 'USD'}, 'card': {'brand': 'visa', 'card_type': 'debit',
            'last_four': '4242'}, 'category': 'groceries', 'created_at': 1704067200000, 'direction': 'out', 'has_receipt':
            False, 'id': 'txn_a1b2c3d4e5f6', 'merchant_name': 'Whole Foods Market', 'source': 'card', 'status': 'completed',
            'type': 'card_purchase', 'updated_at': 1704067200000}

    Attributes:
        field_links: Links to the transaction, its wallet (for crypto) and its asset.
        id: Unique id of the transaction.
        type_: Kind of money movement, such as `deposit`, `withdrawal` or `card_purchase`.
        status: State of the movement: `pending`, `processing`, `completed` or `failed`.
        direction: Whether money moves into or out of the user's account.
        amount: Amount moved, in the asset's base units, as a decimal string.
        created_at: When the transaction was created (epoch ms on the wire).
        updated_at: When the transaction last changed (epoch ms on the wire).
        source: Where the transaction comes from.
        asset: The asset moved; null when not known.
        wallet: Wallet of a crypto transaction; null for other kinds.
        account: Bank account of a bank transaction; null for other kinds.
        card: Card of a card transaction; null for other kinds.
        tx_hash: Hash of the on-chain transaction.
        merchant_name: Merchant name on a card or bank transaction; null when there is none.
        merchant_logo_url: Image URL of the merchant's logo; null when none is known.
        merchant_category_code: Merchant category code (four digits, ISO 18245); null when unknown.
        category: Spending category.
        processor_reference: The payment processor's reference for the transaction; null when none.
        has_receipt: True when a receipt is attached to the transaction. Default: False.
    """

    field_links: TransactionLinks
    id: str
    type_: str
    status: str
    direction: str
    amount: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    source: str | None = None
    asset: AssetData | None = None
    wallet: WalletDataBase | None = None
    account: TransactionAccountData | None = None
    card: TransactionCardData | None = None
    tx_hash: str | None = None
    merchant_name: str | None = None
    merchant_logo_url: str | None = None
    merchant_category_code: str | None = None
    category: str | None = None
    processor_reference: str | None = None
    has_receipt: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "field_links",
        "id",
        "type_",
        "status",
        "direction",
        "amount",
        "created_at",
        "updated_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "source",
        "asset",
        "wallet",
        "account",
        "card",
        "tx_hash",
        "merchant_name",
        "merchant_logo_url",
        "merchant_category_code",
        "category",
        "processor_reference",
        "has_receipt",
    )

    def _json_dict(self) -> dict[str, Any]:
        from ..models.asset_data import AssetData
        from ..models.transaction_account_data import TransactionAccountData
        from ..models.transaction_card_data import TransactionCardData
        from ..models.wallet_data_base import WalletDataBase

        field_links = self.field_links.to_dict()

        id = self.id

        type_ = self.type_

        status = self.status

        direction = self.direction

        amount = self.amount

        created_at = epoch_ms(self.created_at)

        updated_at = epoch_ms(self.updated_at)

        _source = UNSET if self.source is None and not self._nulls & 1 else self.source
        source: str | Unset | None
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = _source

        _asset = UNSET if self.asset is None and not self._nulls & 2 else self.asset
        asset: dict[str, Any] | Unset | None
        if isinstance(_asset, Unset):
            asset = UNSET
        elif isinstance(_asset, AssetData):
            asset = _asset.to_dict()
        else:
            asset = _asset

        _wallet = UNSET if self.wallet is None and not self._nulls & 4 else self.wallet
        wallet: dict[str, Any] | Unset | None
        if isinstance(_wallet, Unset):
            wallet = UNSET
        elif isinstance(_wallet, WalletDataBase):
            wallet = _wallet.to_dict()
        else:
            wallet = _wallet

        _account = UNSET if self.account is None and not self._nulls & 8 else self.account
        account: dict[str, Any] | Unset | None
        if isinstance(_account, Unset):
            account = UNSET
        elif isinstance(_account, TransactionAccountData):
            account = _account.to_dict()
        else:
            account = _account

        _card = UNSET if self.card is None and not self._nulls & 16 else self.card
        card: dict[str, Any] | Unset | None
        if isinstance(_card, Unset):
            card = UNSET
        elif isinstance(_card, TransactionCardData):
            card = _card.to_dict()
        else:
            card = _card

        _tx_hash = UNSET if self.tx_hash is None and not self._nulls & 32 else self.tx_hash
        tx_hash: str | Unset | None
        if isinstance(_tx_hash, Unset):
            tx_hash = UNSET
        else:
            tx_hash = _tx_hash

        _merchant_name = UNSET if self.merchant_name is None and not self._nulls & 64 else self.merchant_name
        merchant_name: str | Unset | None
        if isinstance(_merchant_name, Unset):
            merchant_name = UNSET
        else:
            merchant_name = _merchant_name

        _merchant_logo_url = (
            UNSET if self.merchant_logo_url is None and not self._nulls & 128 else self.merchant_logo_url
        )
        merchant_logo_url: str | Unset | None
        if isinstance(_merchant_logo_url, Unset):
            merchant_logo_url = UNSET
        else:
            merchant_logo_url = _merchant_logo_url

        _merchant_category_code = (
            UNSET if self.merchant_category_code is None and not self._nulls & 256 else self.merchant_category_code
        )
        merchant_category_code: str | Unset | None
        if isinstance(_merchant_category_code, Unset):
            merchant_category_code = UNSET
        else:
            merchant_category_code = _merchant_category_code

        _category = UNSET if self.category is None and not self._nulls & 512 else self.category
        category: str | Unset | None
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = _category

        _processor_reference = (
            UNSET if self.processor_reference is None and not self._nulls & 1024 else self.processor_reference
        )
        processor_reference: str | Unset | None
        if isinstance(_processor_reference, Unset):
            processor_reference = UNSET
        else:
            processor_reference = _processor_reference

        _has_receipt = UNSET if self.has_receipt is None else self.has_receipt
        has_receipt = _has_receipt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "id": id,
                "type": type_,
                "status": status,
                "direction": direction,
                "amount": amount,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source
        if asset is not UNSET:
            field_dict["asset"] = asset
        if wallet is not UNSET:
            field_dict["wallet"] = wallet
        if account is not UNSET:
            field_dict["account"] = account
        if card is not UNSET:
            field_dict["card"] = card
        if tx_hash is not UNSET:
            field_dict["tx_hash"] = tx_hash
        if merchant_name is not UNSET:
            field_dict["merchant_name"] = merchant_name
        if merchant_logo_url is not UNSET:
            field_dict["merchant_logo_url"] = merchant_logo_url
        if merchant_category_code is not UNSET:
            field_dict["merchant_category_code"] = merchant_category_code
        if category is not UNSET:
            field_dict["category"] = category
        if processor_reference is not UNSET:
            field_dict["processor_reference"] = processor_reference
        if has_receipt is not UNSET:
            field_dict["has_receipt"] = has_receipt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            AssetData = _models.AssetData
            TransactionAccountData = _models.TransactionAccountData
            TransactionCardData = _models.TransactionCardData
            TransactionLinks = _models.TransactionLinks
            WalletDataBase = _models.WalletDataBase
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "_links"
            field_links = TransactionLinks.from_dict(src_dict["_links"])

            at = "id"
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise TypeError(f"member 'id': expected str, got {type(id).__name__}")

            at = "type"
            type_ = src_dict["type"]
            if type(type_) is not str and not isinstance(type_, str):
                raise TypeError(f"member 'type': expected str, got {type(type_).__name__}")

            at = "status"
            status = src_dict["status"]
            if type(status) is not str and not isinstance(status, str):
                raise TypeError(f"member 'status': expected str, got {type(status).__name__}")

            at = "direction"
            direction = src_dict["direction"]
            if type(direction) is not str and not isinstance(direction, str):
                raise TypeError(f"member 'direction': expected str, got {type(direction).__name__}")

            at = "amount"
            amount = src_dict["amount"]
            if type(amount) is not str and not isinstance(amount, str):
                raise TypeError(f"member 'amount': expected str, got {type(amount).__name__}")

            at = "created_at"
            created_at = parse_timestamp(src_dict["created_at"])

            at = "updated_at"
            updated_at = parse_timestamp(src_dict["updated_at"])

            at = "source"
            source = src_dict.get("source", ABSENT)
            if type(source) is not str and source is not None and source is not ABSENT and not isinstance(source, str):
                raise TypeError(f"member 'source': expected str or None or Unset, got {type(source).__name__}")

            if source is None:
                nulls |= 1

            at = "asset"
            asset = src_dict.get("asset", ABSENT)
            if asset is not None and asset is not ABSENT:
                if not isinstance(asset, dict):
                    raise TypeError("member 'asset': a value of the wrong type")
                asset = AssetData.from_dict(asset)

            if asset is None:
                nulls |= 2

            at = "wallet"
            wallet = src_dict.get("wallet", ABSENT)
            if wallet is not None and wallet is not ABSENT:
                if not isinstance(wallet, dict):
                    raise TypeError("member 'wallet': a value of the wrong type")
                wallet = WalletDataBase.from_dict(wallet)

            if wallet is None:
                nulls |= 4

            at = "account"
            account = src_dict.get("account", ABSENT)
            if account is not None and account is not ABSENT:
                if not isinstance(account, dict):
                    raise TypeError("member 'account': a value of the wrong type")
                account = TransactionAccountData.from_dict(account)

            if account is None:
                nulls |= 8

            at = "card"
            card = src_dict.get("card", ABSENT)
            if card is not None and card is not ABSENT:
                if not isinstance(card, dict):
                    raise TypeError("member 'card': a value of the wrong type")
                card = TransactionCardData.from_dict(card)

            if card is None:
                nulls |= 16

            at = "tx_hash"
            tx_hash = src_dict.get("tx_hash", ABSENT)
            if (
                type(tx_hash) is not str
                and tx_hash is not None
                and tx_hash is not ABSENT
                and not isinstance(tx_hash, str)
            ):
                raise TypeError(f"member 'tx_hash': expected str or None or Unset, got {type(tx_hash).__name__}")

            if tx_hash is None:
                nulls |= 32

            at = "merchant_name"
            merchant_name = src_dict.get("merchant_name", ABSENT)
            if (
                type(merchant_name) is not str
                and merchant_name is not None
                and merchant_name is not ABSENT
                and not isinstance(merchant_name, str)
            ):
                raise TypeError(
                    f"member 'merchant_name': expected str or None or Unset, got {type(merchant_name).__name__}"
                )

            if merchant_name is None:
                nulls |= 64

            at = "merchant_logo_url"
            merchant_logo_url = src_dict.get("merchant_logo_url", ABSENT)
            if (
                type(merchant_logo_url) is not str
                and merchant_logo_url is not None
                and merchant_logo_url is not ABSENT
                and not isinstance(merchant_logo_url, str)
            ):
                raise TypeError(
                    f"member 'merchant_logo_url': expected str or None or Unset, got {type(merchant_logo_url).__name__}"
                )

            if merchant_logo_url is None:
                nulls |= 128

            at = "merchant_category_code"
            merchant_category_code = src_dict.get("merchant_category_code", ABSENT)
            if (
                type(merchant_category_code) is not str
                and merchant_category_code is not None
                and merchant_category_code is not ABSENT
                and not isinstance(merchant_category_code, str)
            ):
                raise TypeError(
                    f"member 'merchant_category_code': expected str or None or Unset, got {type(merchant_category_code).__name__}"
                )

            if merchant_category_code is None:
                nulls |= 256

            at = "category"
            category = src_dict.get("category", ABSENT)
            if (
                type(category) is not str
                and category is not None
                and category is not ABSENT
                and not isinstance(category, str)
            ):
                raise TypeError(f"member 'category': expected str or None or Unset, got {type(category).__name__}")

            if category is None:
                nulls |= 512

            at = "processor_reference"
            processor_reference = src_dict.get("processor_reference", ABSENT)
            if (
                type(processor_reference) is not str
                and processor_reference is not None
                and processor_reference is not ABSENT
                and not isinstance(processor_reference, str)
            ):
                raise TypeError(
                    f"member 'processor_reference': expected str or None or Unset, got {type(processor_reference).__name__}"
                )

            if processor_reference is None:
                nulls |= 1024

            has_receipt = src_dict.get("has_receipt", ABSENT)
            if type(has_receipt) is not bool and has_receipt is not ABSENT and not isinstance(has_receipt, bool):
                raise TypeError(f"member 'has_receipt': expected bool or Unset, got {type(has_receipt).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        transaction_response = object.__new__(cls)
        transaction_response.field_links = field_links
        transaction_response.id = id
        transaction_response.type_ = type_
        transaction_response.status = status
        transaction_response.direction = direction
        transaction_response.amount = amount
        transaction_response.created_at = created_at
        transaction_response.updated_at = updated_at
        transaction_response.source = None if source is ABSENT else source
        transaction_response.asset = None if asset is ABSENT else asset
        transaction_response.wallet = None if wallet is ABSENT else wallet
        transaction_response.account = None if account is ABSENT else account
        transaction_response.card = None if card is ABSENT else card
        transaction_response.tx_hash = None if tx_hash is ABSENT else tx_hash
        transaction_response.merchant_name = None if merchant_name is ABSENT else merchant_name
        transaction_response.merchant_logo_url = None if merchant_logo_url is ABSENT else merchant_logo_url
        transaction_response.merchant_category_code = (
            None if merchant_category_code is ABSENT else merchant_category_code
        )
        transaction_response.category = None if category is ABSENT else category
        transaction_response.processor_reference = None if processor_reference is ABSENT else processor_reference
        transaction_response.has_receipt = None if has_receipt is ABSENT else has_receipt
        transaction_response._nulls = nulls
        transaction_response.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 8
            + (source is not ABSENT)
            + (asset is not ABSENT)
            + (wallet is not ABSENT)
            + (account is not ABSENT)
            + (card is not ABSENT)
            + (tx_hash is not ABSENT)
            + (merchant_name is not ABSENT)
            + (merchant_logo_url is not ABSENT)
            + (merchant_category_code is not ABSENT)
            + (category is not ABSENT)
            + (processor_reference is not ABSENT)
            + (has_receipt is not ABSENT)
            else {}
        )
        return transaction_response

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
