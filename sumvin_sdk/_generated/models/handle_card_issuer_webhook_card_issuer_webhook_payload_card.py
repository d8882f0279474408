from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, Model, note_failure

T = TypeVar("T", bound="HandleCardIssuerWebhookCardIssuerWebhookPayloadCard")
_MEMBERS: frozenset[str] = frozenset(
    (
        "number",
        "expirationMonth",
        "expirationYear",
        "securityCode",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class HandleCardIssuerWebhookCardIssuerWebhookPayloadCard(Model):
    """Raw card details to tokenise at once; never stored or logged.

    Attributes:
        number: The card number (PAN); a secret.
        expiration_month: Month the card expires, two digits.
        expiration_year: Year the card expires, four digits.
        security_code: The card's security code (CVC); a secret.
    """

    number: str
    expiration_month: str
    expiration_year: str
    security_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _REQUIRED: ClassVar[tuple[str, ...]] = (
        "number",
        "expiration_month",
        "expiration_year",
        "security_code",
    )
    _OPTIONAL: ClassVar[tuple[str, ...]] = ()

    def _json_dict(self) -> dict[str, Any]:
        number = self.number

        expiration_month = self.expiration_month

        expiration_year = self.expiration_year

        security_code = self.security_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "expirationMonth": expiration_month,
                "expirationYear": expiration_year,
                "securityCode": security_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            at = "number"
            number = src_dict["number"]
            if type(number) is not str and not isinstance(number, str):
                raise TypeError(f"member 'number': expected str, got {type(number).__name__}")

            at = "expirationMonth"
            expiration_month = src_dict["expirationMonth"]
            if type(expiration_month) is not str and not isinstance(expiration_month, str):
                raise TypeError(f"member 'expirationMonth': expected str, got {type(expiration_month).__name__}")

            at = "expirationYear"
            expiration_year = src_dict["expirationYear"]
            if type(expiration_year) is not str and not isinstance(expiration_year, str):
                raise TypeError(f"member 'expirationYear': expected str, got {type(expiration_year).__name__}")

            at = "securityCode"
            security_code = src_dict["securityCode"]
            if type(security_code) is not str and not isinstance(security_code, str):
                raise TypeError(f"member 'securityCode': expected str, got {type(security_code).__name__}")

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        handle_card_issuer_webhook_card_issuer_webhook_payload_card = object.__new__(cls)
        handle_card_issuer_webhook_card_issuer_webhook_payload_card.number = number
        handle_card_issuer_webhook_card_issuer_webhook_payload_card.expiration_month = expiration_month
        handle_card_issuer_webhook_card_issuer_webhook_payload_card.expiration_year = expiration_year
        handle_card_issuer_webhook_card_issuer_webhook_payload_card.security_code = security_code
        handle_card_issuer_webhook_card_issuer_webhook_payload_card.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS} if len(src_dict) != 4 else {}
        )
        return handle_card_issuer_webhook_card_issuer_webhook_payload_card

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
