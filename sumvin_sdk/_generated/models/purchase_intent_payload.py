from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    NotRequired,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, epoch_ms, note_failure, parse_timestamp

T = TypeVar("T", bound="PurchaseIntentPayload")
_MEMBERS: frozenset[str] = frozenset(
    (
        "wallet",
        "nonce",
        "statement",
        "scopes",
        "resources",
        "max_amount",
        "max_amount_token",
        "expires_at",
        "conditions",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class PurchaseIntentPayload(Model):
    """A purchase intent as signed: wallet, nonce, statement, scopes, limit and expiry.

    Attributes:
        wallet: Address of the wallet that signs the intent.
        nonce: Nonce of the signing wallet, from `get_nonce`; each is used once.
        statement: Sentence shown to the signer saying what they allow.
        scopes: PINT scopes in SRI form, `sr:{region}:pint:{domain}:{action}` with optional `?k=v` query.
        resources: SRIs the PINT is bound to (a wallet, a PINT or an errand); empty when it is bound to none.
        max_amount: Spending limit, as a decimal string in units of `max_amount_token`.
        max_amount_token: Token the limit is counted in.
        expires_at: When the intent stops being valid (epoch ms on the wire).
        conditions: Condition SRIs (`sr:us:condition:{type}?{params}`) the approval is bound to, kept as signed; empty
            for none.
    """

    wallet: str
    nonce: int
    statement: str
    scopes: list[str]
    resources: list[str]
    max_amount: str
    max_amount_token: str
    expires_at: datetime.datetime
    conditions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "wallet",
        "nonce",
        "statement",
        "scopes",
        "resources",
        "max_amount",
        "max_amount_token",
        "expires_at",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ("conditions",)
    _REQUEST: ClassVar[bool] = True

    def _json_dict(self) -> dict[str, Any]:
        wallet = self.wallet

        nonce = self.nonce

        statement = self.statement

        scopes = self.scopes

        resources = self.resources

        max_amount = self.max_amount

        max_amount_token = self.max_amount_token

        expires_at = epoch_ms(self.expires_at)

        conditions: list[str] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = self.conditions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "wallet": wallet,
                "nonce": nonce,
                "statement": statement,
                "scopes": scopes,
                "resources": resources,
                "max_amount": max_amount,
                "max_amount_token": max_amount_token,
                "expires_at": expires_at,
            }
        )
        if conditions is not UNSET:
            field_dict["conditions"] = conditions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "wallet"
            wallet = src_dict["wallet"]
            if type(wallet) is not str and not isinstance(wallet, str):
                raise TypeError(f"member 'wallet': expected str, got {type(wallet).__name__}")

            at = "nonce"
            nonce = src_dict["nonce"]
            if type(nonce) is not int and (not isinstance(nonce, int) or isinstance(nonce, bool)):
                raise TypeError(f"member 'nonce': expected int, got {type(nonce).__name__}")

            at = "statement"
            statement = src_dict["statement"]
            if type(statement) is not str and not isinstance(statement, str):
                raise TypeError(f"member 'statement': expected str, got {type(statement).__name__}")

            at = "scopes"
            _scopes = src_dict["scopes"]
            if not isinstance(_scopes, list):
                raise TypeError(f"member 'scopes': expected a list, got {type(_scopes).__name__}")

            for scopes_item in _scopes:
                if type(scopes_item) is not str and not isinstance(scopes_item, str):
                    raise TypeError(f"member 'scopes[]': expected str, got {type(scopes_item).__name__}")

            scopes = _scopes

            at = "resources"
            _resources = src_dict["resources"]
            if not isinstance(_resources, list):
                raise TypeError(f"member 'resources': expected a list, got {type(_resources).__name__}")

            for resources_item in _resources:
                if type(resources_item) is not str and not isinstance(resources_item, str):
                    raise TypeError(f"member 'resources[]': expected str, got {type(resources_item).__name__}")

            resources = _resources

            at = "max_amount"
            max_amount = src_dict["max_amount"]
            if type(max_amount) is not str and not isinstance(max_amount, str):
                raise TypeError(f"member 'max_amount': expected str, got {type(max_amount).__name__}")

            at = "max_amount_token"
            max_amount_token = src_dict["max_amount_token"]
            if type(max_amount_token) is not str and not isinstance(max_amount_token, str):
                raise TypeError(f"member 'max_amount_token': expected str, got {type(max_amount_token).__name__}")

            at = "expires_at"
            expires_at = parse_timestamp(src_dict["expires_at"])

            at = "conditions"
            _conditions = src_dict.get("conditions", ABSENT)
            if _conditions is not ABSENT and not isinstance(_conditions, list):
                raise TypeError(f"member 'conditions': expected a list, got {type(_conditions).__name__}")

            if _conditions is not ABSENT:
                for conditions_item in _conditions:
                    if type(conditions_item) is not str and not isinstance(conditions_item, str):
                        raise TypeError(f"member 'conditions[]': expected str, got {type(conditions_item).__name__}")

            conditions = _conditions

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        purchase_intent_payload = object.__new__(cls)
        purchase_intent_payload.wallet = wallet
        purchase_intent_payload.nonce = nonce
        purchase_intent_payload.statement = statement
        purchase_intent_payload.scopes = scopes
        purchase_intent_payload.resources = resources
        purchase_intent_payload.max_amount = max_amount
        purchase_intent_payload.max_amount_token = max_amount_token
        purchase_intent_payload.expires_at = expires_at
        purchase_intent_payload.conditions = conditions
        purchase_intent_payload.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 8 + (conditions is not ABSENT)
            else {}
        )
        return purchase_intent_payload

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


class PurchaseIntentPayloadDict(TypedDict):
    """``PurchaseIntentPayload`` as a plain dict (keys as on the wire), which ``body=`` takes in its place."""

    wallet: str
    nonce: int
    statement: str
    scopes: list[str]
    resources: list[str]
    max_amount: str
    max_amount_token: str
    expires_at: int | str
    conditions: NotRequired[list[str]]
