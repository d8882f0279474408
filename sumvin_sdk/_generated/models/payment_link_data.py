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
from ..models.known_chains import KnownChains
from ..models.payment_link_status import PaymentLinkStatus
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, epoch_ms, note_failure, parse_timestamp

if TYPE_CHECKING:
    from ..models.payment_link_asset_data import PaymentLinkAssetData
    from ..models.payment_link_data_fee_policy_type_0 import PaymentLinkDataFeePolicyType0


T = TypeVar("T", bound="PaymentLinkData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "slug",
        "pint_uri",
        "status",
        "amount",
        "pay_to",
        "accepted_chains",
        "usage_count",
        "created_at",
        "expires_at",
        "description",
        "asset",
        "fee_policy",
        "max_uses",
        "payer_addr",
        "tx_hash",
        "settle_chain_id",
        "settled_at",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class PaymentLinkData(Model):
    """A payment link as its creator sees it: amount, asset, chains, uses and state.

    Example:
        {'accepted_chains': [1329], 'amount': '100.00', 'asset': {'address':
            '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48', 'decimals': 6, 'symbol': 'USDC'}, 'created_at': 1704067200000,
            'description': 'Invoice #1234', 'expires_at': 1704153600000, 'max_uses': 1, 'pay_to':
            '0x742d35Cc6634C0532925a3b844Bc9e7595f2bD78', 'pint_uri': 'sr:us:pint:abc123', 'slug': 'q79Rx34K...', 'status':
            'pending', 'usage_count': 0}

    Attributes:
        slug: Shareable id of the link (base64url of the signature).
        pint_uri: URI of the signed PINT behind the link.
        status: `pending` until paid, then `settled`; `expired` once it lapses.
        amount: Most the requester will accept, as a decimal string.
        pay_to: Wallet address the payer pays to.
        accepted_chains: Chain ids the requester accepts payment on.
        usage_count: How many times the link has been paid so far.
        created_at: When the payment link was created (epoch ms on the wire).
        expires_at: When the payment link expires (epoch ms on the wire).
        description: What the payment link is for, in a sentence or two.
        asset: The asset to pay in; present with `expand=pint`.
        fee_policy: Settlement fees, as an object whose shape may still change; null for none.
        max_uses: How many times the link can be paid; null for no limit.
        payer_addr: Address of the wallet that paid; null until it is paid.
        tx_hash: Hash of the on-chain transaction.
        settle_chain_id: Chain id the payment was made on; null until it is paid.
        settled_at: When the payment link was settled (epoch ms on the wire).
    """

    slug: str
    pint_uri: str
    status: PaymentLinkStatus
    amount: str
    pay_to: str
    accepted_chains: list[KnownChains]
    usage_count: int
    created_at: datetime.datetime
    expires_at: datetime.datetime
    description: str | None = None
    asset: PaymentLinkAssetData | None = None
    fee_policy: PaymentLinkDataFeePolicyType0 | None = None
    max_uses: int | None = None
    payer_addr: str | None = None
    tx_hash: str | None = None
    settle_chain_id: KnownChains | None = None
    settled_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "slug",
        "pint_uri",
        "status",
        "amount",
        "pay_to",
        "accepted_chains",
        "usage_count",
        "created_at",
        "expires_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "description",
        "asset",
        "fee_policy",
        "max_uses",
        "payer_addr",
        "tx_hash",
        "settle_chain_id",
        "settled_at",
    )

    def _json_dict(self) -> dict[str, Any]:
        from ..models.payment_link_asset_data import PaymentLinkAssetData
        from ..models.payment_link_data_fee_policy_type_0 import PaymentLinkDataFeePolicyType0

        slug = self.slug

        pint_uri = self.pint_uri

        status = PaymentLinkStatus(self.status).value

        amount = self.amount

        pay_to = self.pay_to

        accepted_chains = []
        for accepted_chains_item_data in self.accepted_chains:
            accepted_chains_item = KnownChains(accepted_chains_item_data).value
            accepted_chains.append(accepted_chains_item)

        usage_count = self.usage_count

        created_at = epoch_ms(self.created_at)

        expires_at = epoch_ms(self.expires_at)

        _description = UNSET if self.description is None and not self._nulls & 1 else self.description
        description: str | Unset | None
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = _description

        _asset = UNSET if self.asset is None and not self._nulls & 2 else self.asset
        asset: dict[str, Any] | Unset | None
        if isinstance(_asset, Unset):
            asset = UNSET
        elif isinstance(_asset, PaymentLinkAssetData):
            asset = _asset.to_dict()
        else:
            asset = _asset

        _fee_policy = UNSET if self.fee_policy is None and not self._nulls & 4 else self.fee_policy
        fee_policy: dict[str, Any] | Unset | None
        if isinstance(_fee_policy, Unset):
            fee_policy = UNSET
        elif isinstance(_fee_policy, PaymentLinkDataFeePolicyType0):
            fee_policy = _fee_policy.to_dict()
        else:
            fee_policy = _fee_policy

        _max_uses = UNSET if self.max_uses is None and not self._nulls & 8 else self.max_uses
        max_uses: int | Unset | None
        if isinstance(_max_uses, Unset):
            max_uses = UNSET
        else:
            max_uses = _max_uses

        _payer_addr = UNSET if self.payer_addr is None and not self._nulls & 16 else self.payer_addr
        payer_addr: str | Unset | None
        if isinstance(_payer_addr, Unset):
            payer_addr = UNSET
        else:
            payer_addr = _payer_addr

        _tx_hash = UNSET if self.tx_hash is None and not self._nulls & 32 else self.tx_hash
        tx_hash: str | Unset | None
        if isinstance(_tx_hash, Unset):
            tx_hash = UNSET
        else:
            tx_hash = _tx_hash

        _settle_chain_id = UNSET if self.settle_chain_id is None and not self._nulls & 64 else self.settle_chain_id
        settle_chain_id: int | Unset | None
        if isinstance(_settle_chain_id, Unset):
            settle_chain_id = UNSET
        elif isinstance(_settle_chain_id, KnownChains):
            settle_chain_id = KnownChains(_settle_chain_id).value
        else:
            settle_chain_id = _settle_chain_id

        _settled_at = UNSET if self.settled_at is None and not self._nulls & 128 else self.settled_at
        settled_at: int | Unset | None
        if isinstance(_settled_at, Unset):
            settled_at = UNSET
        elif isinstance(_settled_at, datetime.datetime):
            settled_at = epoch_ms(_settled_at)
        else:
            settled_at = _settled_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "pint_uri": pint_uri,
                "status": status,
                "amount": amount,
                "pay_to": pay_to,
                "accepted_chains": accepted_chains,
                "usage_count": usage_count,
                "created_at": created_at,
                "expires_at": expires_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if asset is not UNSET:
            field_dict["asset"] = asset
        if fee_policy is not UNSET:
            field_dict["fee_policy"] = fee_policy
        if max_uses is not UNSET:
            field_dict["max_uses"] = max_uses
        if payer_addr is not UNSET:
            field_dict["payer_addr"] = payer_addr
        if tx_hash is not UNSET:
            field_dict["tx_hash"] = tx_hash
        if settle_chain_id is not UNSET:
            field_dict["settle_chain_id"] = settle_chain_id
        if settled_at is not UNSET:
            field_dict["settled_at"] = settled_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            PaymentLinkAssetData = _models.PaymentLinkAssetData
            PaymentLinkDataFeePolicyType0 = _models.PaymentLinkDataFeePolicyType0
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "slug"
            slug = src_dict["slug"]
            if type(slug) is not str and not isinstance(slug, str):
                raise TypeError(f"member 'slug': expected str, got {type(slug).__name__}")

            at = "pint_uri"
            pint_uri = src_dict["pint_uri"]
            if type(pint_uri) is not str and not isinstance(pint_uri, str):
                raise TypeError(f"member 'pint_uri': expected str, got {type(pint_uri).__name__}")

            at = "status"
            status = PaymentLinkStatus.parse(src_dict["status"])

            at = "amount"
            amount = src_dict["amount"]
            if type(amount) is not str and not isinstance(amount, str):
                raise TypeError(f"member 'amount': expected str, got {type(amount).__name__}")

            at = "pay_to"
            pay_to = src_dict["pay_to"]
            if type(pay_to) is not str and not isinstance(pay_to, str):
                raise TypeError(f"member 'pay_to': expected str, got {type(pay_to).__name__}")

            at = "accepted_chains"
            _accepted_chains = src_dict["accepted_chains"]
            if not isinstance(_accepted_chains, list):
                raise TypeError(f"member 'accepted_chains': expected a list, got {type(_accepted_chains).__name__}")

            accepted_chains = [
                KnownChains.parse(accepted_chains_item_data) for accepted_chains_item_data in _accepted_chains
            ]

            at = "usage_count"
            usage_count = src_dict["usage_count"]
            if type(usage_count) is not int and (not isinstance(usage_count, int) or isinstance(usage_count, bool)):
                raise TypeError(f"member 'usage_count': expected int, got {type(usage_count).__name__}")

            at = "created_at"
            created_at = parse_timestamp(src_dict["created_at"])

            at = "expires_at"
            expires_at = parse_timestamp(src_dict["expires_at"])

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
                nulls |= 1

            at = "asset"
            asset = src_dict.get("asset", ABSENT)
            if asset is not None and asset is not ABSENT:
                if not isinstance(asset, dict):
                    raise TypeError("member 'asset': a value of the wrong type")
                asset = PaymentLinkAssetData.from_dict(asset)

            if asset is None:
                nulls |= 2

            at = "fee_policy"
            fee_policy = src_dict.get("fee_policy", ABSENT)
            if fee_policy is not None and fee_policy is not ABSENT:
                if not isinstance(fee_policy, dict):
                    raise TypeError("member 'fee_policy': a value of the wrong type")
                fee_policy = PaymentLinkDataFeePolicyType0.from_dict(fee_policy)

            if fee_policy is None:
                nulls |= 4

            at = "max_uses"
            max_uses = src_dict.get("max_uses", ABSENT)
            if (
                type(max_uses) is not int
                and max_uses is not None
                and max_uses is not ABSENT
                and (not isinstance(max_uses, int) or isinstance(max_uses, bool))
            ):
                raise TypeError(f"member 'max_uses': expected int or None or Unset, got {type(max_uses).__name__}")

            if max_uses is None:
                nulls |= 8

            at = "payer_addr"
            payer_addr = src_dict.get("payer_addr", ABSENT)
            if (
                type(payer_addr) is not str
                and payer_addr is not None
                and payer_addr is not ABSENT
                and not isinstance(payer_addr, str)
            ):
                raise TypeError(f"member 'payer_addr': expected str or None or Unset, got {type(payer_addr).__name__}")

            if payer_addr is None:
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

            at = "settle_chain_id"
            settle_chain_id = src_dict.get("settle_chain_id", ABSENT)
            if settle_chain_id is not None and settle_chain_id is not ABSENT:
                if not isinstance(settle_chain_id, int):
                    raise TypeError("member 'settle_chain_id': a value of the wrong type")
                settle_chain_id = KnownChains.parse(settle_chain_id)

            if settle_chain_id is None:
                nulls |= 64

            at = "settled_at"
            settled_at = src_dict.get("settled_at", ABSENT)
            if settled_at is not None and settled_at is not ABSENT:
                if not isinstance(settled_at, int | float | str):
                    raise TypeError("member 'settled_at': a value of the wrong type")
                settled_at = parse_timestamp(settled_at)

            if settled_at is None:
                nulls |= 128

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        payment_link_data = object.__new__(cls)
        payment_link_data.slug = slug
        payment_link_data.pint_uri = pint_uri
        payment_link_data.status = status
        payment_link_data.amount = amount
        payment_link_data.pay_to = pay_to
        payment_link_data.accepted_chains = accepted_chains
        payment_link_data.usage_count = usage_count
        payment_link_data.created_at = created_at
        payment_link_data.expires_at = expires_at
        payment_link_data.description = None if description is ABSENT else description
        payment_link_data.asset = None if asset is ABSENT else asset
        payment_link_data.fee_policy = None if fee_policy is ABSENT else fee_policy
        payment_link_data.max_uses = None if max_uses is ABSENT else max_uses
        payment_link_data.payer_addr = None if payer_addr is ABSENT else payer_addr
        payment_link_data.tx_hash = None if tx_hash is ABSENT else tx_hash
        payment_link_data.settle_chain_id = None if settle_chain_id is ABSENT else settle_chain_id
        payment_link_data.settled_at = None if settled_at is ABSENT else settled_at
        payment_link_data._nulls = nulls
        payment_link_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 9
            + (description is not ABSENT)
            + (asset is not ABSENT)
            + (fee_policy is not ABSENT)
            + (max_uses is not ABSENT)
            + (payer_addr is not ABSENT)
            + (tx_hash is not ABSENT)
            + (settle_chain_id is not ABSENT)
            + (settled_at is not ABSENT)
            else {}
        )
        return payment_link_data

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
