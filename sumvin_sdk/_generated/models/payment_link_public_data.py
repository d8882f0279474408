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
    from ..models.payment_link_public_data_eip_712_message_type_0 import PaymentLinkPublicDataEip712MessageType0
    from ..models.payment_link_public_data_fee_policy_type_0 import PaymentLinkPublicDataFeePolicyType0


T = TypeVar("T", bound="PaymentLinkPublicData")
_MEMBERS: frozenset[str] = frozenset(
    (
        "slug",
        "status",
        "pay_to",
        "amount",
        "accepted_chains",
        "expires_at",
        "created_at",
        "signature",
        "nonce",
        "description",
        "asset",
        "fee_policy",
        "settled_at",
        "tx_hash",
        "settle_chain_id",
        "payer_addr",
        "eip712_message",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class PaymentLinkPublicData(Model):
    """A payment link as a payer sees it, with the signed mandate to check before paying.

    Example:
        {'accepted_chains': [1329], 'amount': '100.00', 'asset': {'address':
            '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48', 'decimals': 6, 'symbol': 'USDC'}, 'created_at': 1704067200000,
            'description': 'Invoice #1234', 'eip712_message': {'domain': {'name': 'Sumvin Purchase Intent'}, 'message': {},
            'primaryType': 'PurchaseIntent'}, 'expires_at': 1704153600000, 'nonce': 1, 'pay_to':
            '0x742d35Cc6634C0532925a3b844Bc9e7595f2bD78', 'signature': '0xababababababababababababababababababababababababab
            abababababababababababababababababababababababababababababababababababababababab', 'slug': 'q79Rx34K...',
            'status': 'pending'}

    Attributes:
        slug: Shareable id of the link.
        status: `pending` until paid, then `settled`; `expired` once it lapses.
        pay_to: Wallet address the payer pays to.
        amount: Most the requester will accept, as a decimal string.
        accepted_chains: Chain ids the requester accepts payment on.
        expires_at: When the payment link public expires (epoch ms on the wire).
        created_at: When the payment link public was created (epoch ms on the wire).
        signature: Signature (hex) over the signed payload.
        nonce: Nonce of the signed PINT behind the link (unique per wallet).
        description: What the payment link public is for, in a sentence or two.
        asset: The asset to pay in (symbol, address, decimals); null when not known.
        fee_policy: Settlement fees, as an object whose shape may still change; null for none.
        settled_at: When the payment link public was settled (epoch ms on the wire).
        tx_hash: Hash of the on-chain transaction.
        settle_chain_id: Chain id the payment was made on; null until it is paid.
        payer_addr: Address of the wallet that paid; null until it is paid.
        eip712_message: The signed EIP-712 mandate, so an agent can check it without another call; null when not shared.
    """

    slug: str
    status: PaymentLinkStatus
    pay_to: str
    amount: str
    accepted_chains: list[KnownChains]
    expires_at: datetime.datetime
    created_at: datetime.datetime
    signature: str
    nonce: int
    description: str | None = None
    asset: PaymentLinkAssetData | None = None
    fee_policy: PaymentLinkPublicDataFeePolicyType0 | None = None
    settled_at: datetime.datetime | None = None
    tx_hash: str | None = None
    settle_chain_id: KnownChains | None = None
    payer_addr: str | None = None
    eip712_message: PaymentLinkPublicDataEip712MessageType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "slug",
        "status",
        "pay_to",
        "amount",
        "accepted_chains",
        "expires_at",
        "created_at",
        "signature",
        "nonce",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "description",
        "asset",
        "fee_policy",
        "settled_at",
        "tx_hash",
        "settle_chain_id",
        "payer_addr",
        "eip712_message",
    )

    def _json_dict(self) -> dict[str, Any]:
        from ..models.payment_link_asset_data import PaymentLinkAssetData
        from ..models.payment_link_public_data_eip_712_message_type_0 import PaymentLinkPublicDataEip712MessageType0
        from ..models.payment_link_public_data_fee_policy_type_0 import PaymentLinkPublicDataFeePolicyType0

        slug = self.slug

        status = PaymentLinkStatus(self.status).value

        pay_to = self.pay_to

        amount = self.amount

        accepted_chains = []
        for accepted_chains_item_data in self.accepted_chains:
            accepted_chains_item = KnownChains(accepted_chains_item_data).value
            accepted_chains.append(accepted_chains_item)

        expires_at = epoch_ms(self.expires_at)

        created_at = epoch_ms(self.created_at)

        signature = self.signature

        nonce = self.nonce

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
        elif isinstance(_fee_policy, PaymentLinkPublicDataFeePolicyType0):
            fee_policy = _fee_policy.to_dict()
        else:
            fee_policy = _fee_policy

        _settled_at = UNSET if self.settled_at is None and not self._nulls & 8 else self.settled_at
        settled_at: int | Unset | None
        if isinstance(_settled_at, Unset):
            settled_at = UNSET
        elif isinstance(_settled_at, datetime.datetime):
            settled_at = epoch_ms(_settled_at)
        else:
            settled_at = _settled_at

        _tx_hash = UNSET if self.tx_hash is None and not self._nulls & 16 else self.tx_hash
        tx_hash: str | Unset | None
        if isinstance(_tx_hash, Unset):
            tx_hash = UNSET
        else:
            tx_hash = _tx_hash

        _settle_chain_id = UNSET if self.settle_chain_id is None and not self._nulls & 32 else self.settle_chain_id
        settle_chain_id: int | Unset | None
        if isinstance(_settle_chain_id, Unset):
            settle_chain_id = UNSET
        elif isinstance(_settle_chain_id, KnownChains):
            settle_chain_id = KnownChains(_settle_chain_id).value
        else:
            settle_chain_id = _settle_chain_id

        _payer_addr = UNSET if self.payer_addr is None and not self._nulls & 64 else self.payer_addr
        payer_addr: str | Unset | None
        if isinstance(_payer_addr, Unset):
            payer_addr = UNSET
        else:
            payer_addr = _payer_addr

        _eip712_message = UNSET if self.eip712_message is None and not self._nulls & 128 else self.eip712_message
        eip712_message: dict[str, Any] | Unset | None
        if isinstance(_eip712_message, Unset):
            eip712_message = UNSET
        elif isinstance(_eip712_message, PaymentLinkPublicDataEip712MessageType0):
            eip712_message = _eip712_message.to_dict()
        else:
            eip712_message = _eip712_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "status": status,
                "pay_to": pay_to,
                "amount": amount,
                "accepted_chains": accepted_chains,
                "expires_at": expires_at,
                "created_at": created_at,
                "signature": signature,
                "nonce": nonce,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if asset is not UNSET:
            field_dict["asset"] = asset
        if fee_policy is not UNSET:
            field_dict["fee_policy"] = fee_policy
        if settled_at is not UNSET:
            field_dict["settled_at"] = settled_at
        if tx_hash is not UNSET:
            field_dict["tx_hash"] = tx_hash
        if settle_chain_id is not UNSET:
            field_dict["settle_chain_id"] = settle_chain_id
        if payer_addr is not UNSET:
            field_dict["payer_addr"] = payer_addr
        if eip712_message is not UNSET:
            field_dict["eip712_message"] = eip712_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            PaymentLinkAssetData = _models.PaymentLinkAssetData
            PaymentLinkPublicDataEip712MessageType0 = _models.PaymentLinkPublicDataEip712MessageType0
            PaymentLinkPublicDataFeePolicyType0 = _models.PaymentLinkPublicDataFeePolicyType0
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "slug"
            slug = src_dict["slug"]
            if type(slug) is not str and not isinstance(slug, str):
                raise TypeError(f"member 'slug': expected str, got {type(slug).__name__}")

            at = "status"
            status = PaymentLinkStatus.parse(src_dict["status"])

            at = "pay_to"
            pay_to = src_dict["pay_to"]
            if type(pay_to) is not str and not isinstance(pay_to, str):
                raise TypeError(f"member 'pay_to': expected str, got {type(pay_to).__name__}")

            at = "amount"
            amount = src_dict["amount"]
            if type(amount) is not str and not isinstance(amount, str):
                raise TypeError(f"member 'amount': expected str, got {type(amount).__name__}")

            at = "accepted_chains"
            _accepted_chains = src_dict["accepted_chains"]
            if not isinstance(_accepted_chains, list):
                raise TypeError(f"member 'accepted_chains': expected a list, got {type(_accepted_chains).__name__}")

            accepted_chains = [
                KnownChains.parse(accepted_chains_item_data) for accepted_chains_item_data in _accepted_chains
            ]

            at = "expires_at"
            expires_at = parse_timestamp(src_dict["expires_at"])

            at = "created_at"
            created_at = parse_timestamp(src_dict["created_at"])

            at = "signature"
            signature = src_dict["signature"]
            if type(signature) is not str and not isinstance(signature, str):
                raise TypeError(f"member 'signature': expected str, got {type(signature).__name__}")

            at = "nonce"
            nonce = src_dict["nonce"]
            if type(nonce) is not int and (not isinstance(nonce, int) or isinstance(nonce, bool)):
                raise TypeError(f"member 'nonce': expected int, got {type(nonce).__name__}")

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
                fee_policy = PaymentLinkPublicDataFeePolicyType0.from_dict(fee_policy)

            if fee_policy is None:
                nulls |= 4

            at = "settled_at"
            settled_at = src_dict.get("settled_at", ABSENT)
            if settled_at is not None and settled_at is not ABSENT:
                if not isinstance(settled_at, int | float | str):
                    raise TypeError("member 'settled_at': a value of the wrong type")
                settled_at = parse_timestamp(settled_at)

            if settled_at is None:
                nulls |= 8

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
                nulls |= 16

            at = "settle_chain_id"
            settle_chain_id = src_dict.get("settle_chain_id", ABSENT)
            if settle_chain_id is not None and settle_chain_id is not ABSENT:
                if not isinstance(settle_chain_id, int):
                    raise TypeError("member 'settle_chain_id': a value of the wrong type")
                settle_chain_id = KnownChains.parse(settle_chain_id)

            if settle_chain_id is None:
                nulls |= 32

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
                nulls |= 64

            at = "eip712_message"
            eip712_message = src_dict.get("eip712_message", ABSENT)
            if eip712_message is not None and eip712_message is not ABSENT:
                if not isinstance(eip712_message, dict):
                    raise TypeError("member 'eip712_message': a value of the wrong type")
                eip712_message = PaymentLinkPublicDataEip712MessageType0.from_dict(eip712_message)

            if eip712_message is None:
                nulls |= 128

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        payment_link_public_data = object.__new__(cls)
        payment_link_public_data.slug = slug
        payment_link_public_data.status = status
        payment_link_public_data.pay_to = pay_to
        payment_link_public_data.amount = amount
        payment_link_public_data.accepted_chains = accepted_chains
        payment_link_public_data.expires_at = expires_at
        payment_link_public_data.created_at = created_at
        payment_link_public_data.signature = signature
        payment_link_public_data.nonce = nonce
        payment_link_public_data.description = None if description is ABSENT else description
        payment_link_public_data.asset = None if asset is ABSENT else asset
        payment_link_public_data.fee_policy = None if fee_policy is ABSENT else fee_policy
        payment_link_public_data.settled_at = None if settled_at is ABSENT else settled_at
        payment_link_public_data.tx_hash = None if tx_hash is ABSENT else tx_hash
        payment_link_public_data.settle_chain_id = None if settle_chain_id is ABSENT else settle_chain_id
        payment_link_public_data.payer_addr = None if payer_addr is ABSENT else payer_addr
        payment_link_public_data.eip712_message = None if eip712_message is ABSENT else eip712_message
        payment_link_public_data._nulls = nulls
        payment_link_public_data.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 9
            + (description is not ABSENT)
            + (asset is not ABSENT)
            + (fee_policy is not ABSENT)
            + (settled_at is not ABSENT)
            + (tx_hash is not ABSENT)
            + (settle_chain_id is not ABSENT)
            + (payer_addr is not ABSENT)
            + (eip712_message is not ABSENT)
            else {}
        )
        return payment_link_public_data

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
