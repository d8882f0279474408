from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    NotRequired,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.known_chains import KnownChains
from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, epoch_ms, note_failure, parse_timestamp

if TYPE_CHECKING:
    from ..models.payment_link_create_request_fee_policy_type_0 import PaymentLinkCreateRequestFeePolicyType0
    from ..models.purchase_intent_payload import PurchaseIntentPayload


T = TypeVar("T", bound="PaymentLinkCreateRequest")
_MEMBERS: frozenset[str] = frozenset(
    (
        "pint",
        "signature",
        "accepted_chains",
        "expires_at",
        "max_uses",
        "fee_policy",
        "description",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class PaymentLinkCreateRequest(Model):
    """Body of `create_payment_link`, which creates a shareable payment link from a purchase intent the requester signed;
    the link's slug comes from the signature.

        Example:
            {'accepted_chains': [1329], 'description': 'Invoice #1234', 'expires_at': 1735689600000, 'max_uses': 1, 'pint':
                {'expires_at': 1735689600000, 'max_amount': 100000000, 'max_amount_token':
                '0x742d35Cc6634C0532925a3b844Bc9e7595f2bD78', 'nonce': 1, 'resources': [], 'scopes':
                ['sr:us:pint:spend:execute?max=100&asset=USDC@sei&chain_id=1329'], 'statement': 'Settle my $100 invoice',
                'wallet': '0x742d35Cc6634C0532925a3b844Bc9e7595f2bD78'}, 'signature': '0xabababababababababababababababababababa
                bababababababababababababababababababababababababababababababababababababababababababababab'}

        Attributes:
            pint: The EIP-712 purchase intent the requester signed.
            signature: Signature (hex) over the signed payload.
            accepted_chains: Chain ids the requester accepts payment on.
            expires_at: When the payment link create expires (epoch ms on the wire).
            max_uses: How many times the link can be paid (at least 1); null for no limit.
            fee_policy: Settlement fees, as an object whose shape may still change; null for none.
            description: What the payment link create is for, in a sentence or two.
    """

    pint: PurchaseIntentPayload
    signature: str
    accepted_chains: list[KnownChains]
    expires_at: datetime.datetime
    max_uses: int | Unset | None = UNSET
    fee_policy: PaymentLinkCreateRequestFeePolicyType0 | Unset | None = UNSET
    description: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "pint",
        "signature",
        "accepted_chains",
        "expires_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "max_uses",
        "fee_policy",
        "description",
    )
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        from ..models.payment_link_create_request_fee_policy_type_0 import PaymentLinkCreateRequestFeePolicyType0

        pint = self.pint.to_dict()

        signature = self.signature

        accepted_chains = []
        for accepted_chains_item_data in self.accepted_chains:
            accepted_chains_item = KnownChains(accepted_chains_item_data).value
            accepted_chains.append(accepted_chains_item)

        expires_at = epoch_ms(self.expires_at)

        max_uses: int | Unset | None
        if isinstance(self.max_uses, Unset):
            max_uses = UNSET
        else:
            max_uses = self.max_uses

        fee_policy: dict[str, Any] | Unset | None
        if isinstance(self.fee_policy, Unset):
            fee_policy = UNSET
        elif isinstance(self.fee_policy, PaymentLinkCreateRequestFeePolicyType0):
            fee_policy = self.fee_policy.to_dict()
        else:
            fee_policy = self.fee_policy

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pint": pint,
                "signature": signature,
                "accepted_chains": accepted_chains,
                "expires_at": expires_at,
            }
        )
        if max_uses is not UNSET:
            field_dict["max_uses"] = max_uses
        if fee_policy is not UNSET:
            field_dict["fee_policy"] = fee_policy
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # models that import each other, resolved through the lazy package
            PaymentLinkCreateRequestFeePolicyType0 = _models.PaymentLinkCreateRequestFeePolicyType0
            PurchaseIntentPayload = _models.PurchaseIntentPayload
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "pint"
            pint = PurchaseIntentPayload.from_dict(src_dict["pint"])

            at = "signature"
            signature = src_dict["signature"]
            if type(signature) is not str and not isinstance(signature, str):
                raise TypeError(f"member 'signature': expected str, got {type(signature).__name__}")

            at = "accepted_chains"
            _accepted_chains = src_dict["accepted_chains"]
            if not isinstance(_accepted_chains, list):
                raise TypeError(f"member 'accepted_chains': expected a list, got {type(_accepted_chains).__name__}")

            accepted_chains = [
                KnownChains.parse(accepted_chains_item_data) for accepted_chains_item_data in _accepted_chains
            ]

            at = "expires_at"
            expires_at = parse_timestamp(src_dict["expires_at"])

            at = "max_uses"
            max_uses = src_dict.get("max_uses", ABSENT)
            if (
                type(max_uses) is not int
                and max_uses is not None
                and max_uses is not ABSENT
                and (not isinstance(max_uses, int) or isinstance(max_uses, bool))
            ):
                raise TypeError(f"member 'max_uses': expected int or None or Unset, got {type(max_uses).__name__}")

            at = "fee_policy"
            fee_policy = src_dict.get("fee_policy", ABSENT)
            if fee_policy is not None and fee_policy is not ABSENT:
                if not isinstance(fee_policy, dict):
                    raise TypeError("member 'fee_policy': a value of the wrong type")
                fee_policy = PaymentLinkCreateRequestFeePolicyType0.from_dict(fee_policy)

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

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        payment_link_create_request = object.__new__(cls)
        payment_link_create_request.pint = pint
        payment_link_create_request.signature = signature
        payment_link_create_request.accepted_chains = accepted_chains
        payment_link_create_request.expires_at = expires_at
        payment_link_create_request.max_uses = max_uses
        payment_link_create_request.fee_policy = fee_policy
        payment_link_create_request.description = description
        payment_link_create_request.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 4 + (max_uses is not ABSENT) + (fee_policy is not ABSENT) + (description is not ABSENT)
            else {}
        )
        return payment_link_create_request

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


class PaymentLinkCreateRequestDict(TypedDict):
    """``PaymentLinkCreateRequest`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    pint: _models.PurchaseIntentPayloadDict | _models.PurchaseIntentPayload
    signature: str
    accepted_chains: list[KnownChains | int]
    expires_at: int | str
    max_uses: NotRequired[int | None]
    fee_policy: NotRequired[Mapping[str, Any] | _models.PaymentLinkCreateRequestFeePolicyType0 | None]
    description: NotRequired[str | None]
