from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, epoch_ms, parse_timestamp

T = TypeVar("T", bound="PurchaseIntentPayload")


@_attrs_define
class PurchaseIntentPayload:
    """
    Attributes:
        wallet (str):
        nonce (int):
        statement (str):
        scopes (list[str]):
        resources (list[str]):
        max_amount (str):
        max_amount_token (str):
        expires_at (datetime.datetime):
        conditions (list[str] | Unset):
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

    def to_dict(self) -> dict[str, Any]:
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
        d = dict(src_dict)
        wallet = d.pop("wallet")

        nonce = d.pop("nonce")

        statement = d.pop("statement")

        scopes = cast(list[str], d.pop("scopes"))

        resources = cast(list[str], d.pop("resources"))

        max_amount = d.pop("max_amount")

        max_amount_token = d.pop("max_amount_token")

        expires_at = parse_timestamp(d.pop("expires_at"))

        conditions = cast(list[str], d.pop("conditions", UNSET))

        purchase_intent_payload = cls(
            wallet=wallet,
            nonce=nonce,
            statement=statement,
            scopes=scopes,
            resources=resources,
            max_amount=max_amount,
            max_amount_token=max_amount_token,
            expires_at=expires_at,
            conditions=conditions,
        )

        purchase_intent_payload.additional_properties = d
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
