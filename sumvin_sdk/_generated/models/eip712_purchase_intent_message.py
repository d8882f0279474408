from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, PARSE_ERRORS, UNSET, Model, Unset, note_failure

T = TypeVar("T", bound="EIP712PurchaseIntentMessage")
_MEMBERS: frozenset[str] = frozenset(
    (
        "wallet",
        "nonce",
        "statement",
        "scopes",
        "resources",
        "maxAmount",
        "maxAmountToken",
        "expiresAt",
        "conditions",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class EIP712PurchaseIntentMessage(Model):
    """The purchase intent values inside EIP-712 typed data, with the field names the wallet signs.

    Attributes:
        wallet: Address of the signing wallet.
        nonce: Nonce of the signing wallet, used once.
        statement: Sentence shown to the signer saying what they allow.
        scopes: Permissions granted, as scope names.
        resources: SRIs the intent is bound to; empty for none.
        max_amount: Spending limit as an integer (uint256) in units of `maxAmountToken`.
        max_amount_token: Address of the token the limit is counted in.
        expires_at: When the intent lapses, in epoch milliseconds (not seconds).
        conditions: Condition SRIs the intent is bound to; empty for none.
    """

    wallet: str
    nonce: int
    statement: str
    scopes: list[str]
    resources: list[str]
    max_amount: int
    max_amount_token: str
    expires_at: int
    conditions: list[str] | None = None
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

    def _json_dict(self) -> dict[str, Any]:
        wallet = self.wallet

        nonce = self.nonce

        statement = self.statement

        scopes = self.scopes

        resources = self.resources

        max_amount = self.max_amount

        max_amount_token = self.max_amount_token

        expires_at = self.expires_at

        _conditions = UNSET if self.conditions is None else self.conditions
        conditions: list[str] | Unset = UNSET
        if not isinstance(_conditions, Unset):
            conditions = _conditions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "wallet": wallet,
                "nonce": nonce,
                "statement": statement,
                "scopes": scopes,
                "resources": resources,
                "maxAmount": max_amount,
                "maxAmountToken": max_amount_token,
                "expiresAt": expires_at,
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

            at = "maxAmount"
            max_amount = src_dict["maxAmount"]
            if type(max_amount) is not int and (not isinstance(max_amount, int) or isinstance(max_amount, bool)):
                raise TypeError(f"member 'maxAmount': expected int, got {type(max_amount).__name__}")

            at = "maxAmountToken"
            max_amount_token = src_dict["maxAmountToken"]
            if type(max_amount_token) is not str and not isinstance(max_amount_token, str):
                raise TypeError(f"member 'maxAmountToken': expected str, got {type(max_amount_token).__name__}")

            at = "expiresAt"
            expires_at = src_dict["expiresAt"]
            if type(expires_at) is not int and (not isinstance(expires_at, int) or isinstance(expires_at, bool)):
                raise TypeError(f"member 'expiresAt': expected int, got {type(expires_at).__name__}")

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
        eip712_purchase_intent_message = object.__new__(cls)
        eip712_purchase_intent_message.wallet = wallet
        eip712_purchase_intent_message.nonce = nonce
        eip712_purchase_intent_message.statement = statement
        eip712_purchase_intent_message.scopes = scopes
        eip712_purchase_intent_message.resources = resources
        eip712_purchase_intent_message.max_amount = max_amount
        eip712_purchase_intent_message.max_amount_token = max_amount_token
        eip712_purchase_intent_message.expires_at = expires_at
        eip712_purchase_intent_message.conditions = None if conditions is ABSENT else conditions
        eip712_purchase_intent_message.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict) != 8 + (conditions is not ABSENT)
            else {}
        )
        return eip712_purchase_intent_message

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
