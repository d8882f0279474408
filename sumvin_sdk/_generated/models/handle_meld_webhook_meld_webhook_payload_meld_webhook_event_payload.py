from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HandleMeldWebhookMeldWebhookPayloadMeldWebhookEventPayload")


@_attrs_define
class HandleMeldWebhookMeldWebhookPayloadMeldWebhookEventPayload:
    """
    Attributes:
        payment_transaction_id (str):
        payment_transaction_status (None | str | Unset):
        transaction_type (None | str | Unset):
        external_customer_id (None | str | Unset):
        customer_id (None | str | Unset):
        external_session_id (None | str | Unset):
        session_id (None | str | Unset):
        service_provider (None | str | Unset):
        payment_method_type (None | str | Unset):
        source_amount (float | None | str | Unset):
        source_currency_code (None | str | Unset):
        destination_amount (float | None | str | Unset):
        destination_currency_code (None | str | Unset):
        created_at (None | str | Unset):
        updated_at (None | str | Unset):
    """

    payment_transaction_id: str
    payment_transaction_status: str | Unset | None = UNSET
    transaction_type: str | Unset | None = UNSET
    external_customer_id: str | Unset | None = UNSET
    customer_id: str | Unset | None = UNSET
    external_session_id: str | Unset | None = UNSET
    session_id: str | Unset | None = UNSET
    service_provider: str | Unset | None = UNSET
    payment_method_type: str | Unset | None = UNSET
    source_amount: float | str | Unset | None = UNSET
    source_currency_code: str | Unset | None = UNSET
    destination_amount: float | str | Unset | None = UNSET
    destination_currency_code: str | Unset | None = UNSET
    created_at: str | Unset | None = UNSET
    updated_at: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_transaction_id = self.payment_transaction_id

        payment_transaction_status: str | Unset | None
        if isinstance(self.payment_transaction_status, Unset):
            payment_transaction_status = UNSET
        else:
            payment_transaction_status = self.payment_transaction_status

        transaction_type: str | Unset | None
        if isinstance(self.transaction_type, Unset):
            transaction_type = UNSET
        else:
            transaction_type = self.transaction_type

        external_customer_id: str | Unset | None
        if isinstance(self.external_customer_id, Unset):
            external_customer_id = UNSET
        else:
            external_customer_id = self.external_customer_id

        customer_id: str | Unset | None
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        external_session_id: str | Unset | None
        if isinstance(self.external_session_id, Unset):
            external_session_id = UNSET
        else:
            external_session_id = self.external_session_id

        session_id: str | Unset | None
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        service_provider: str | Unset | None
        if isinstance(self.service_provider, Unset):
            service_provider = UNSET
        else:
            service_provider = self.service_provider

        payment_method_type: str | Unset | None
        if isinstance(self.payment_method_type, Unset):
            payment_method_type = UNSET
        else:
            payment_method_type = self.payment_method_type

        source_amount: float | str | Unset | None
        if isinstance(self.source_amount, Unset):
            source_amount = UNSET
        else:
            source_amount = self.source_amount

        source_currency_code: str | Unset | None
        if isinstance(self.source_currency_code, Unset):
            source_currency_code = UNSET
        else:
            source_currency_code = self.source_currency_code

        destination_amount: float | str | Unset | None
        if isinstance(self.destination_amount, Unset):
            destination_amount = UNSET
        else:
            destination_amount = self.destination_amount

        destination_currency_code: str | Unset | None
        if isinstance(self.destination_currency_code, Unset):
            destination_currency_code = UNSET
        else:
            destination_currency_code = self.destination_currency_code

        created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: str | Unset | None
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paymentTransactionId": payment_transaction_id,
            }
        )
        if payment_transaction_status is not UNSET:
            field_dict["paymentTransactionStatus"] = payment_transaction_status
        if transaction_type is not UNSET:
            field_dict["transactionType"] = transaction_type
        if external_customer_id is not UNSET:
            field_dict["externalCustomerId"] = external_customer_id
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if external_session_id is not UNSET:
            field_dict["externalSessionId"] = external_session_id
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if service_provider is not UNSET:
            field_dict["serviceProvider"] = service_provider
        if payment_method_type is not UNSET:
            field_dict["paymentMethodType"] = payment_method_type
        if source_amount is not UNSET:
            field_dict["sourceAmount"] = source_amount
        if source_currency_code is not UNSET:
            field_dict["sourceCurrencyCode"] = source_currency_code
        if destination_amount is not UNSET:
            field_dict["destinationAmount"] = destination_amount
        if destination_currency_code is not UNSET:
            field_dict["destinationCurrencyCode"] = destination_currency_code
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payment_transaction_id = d.pop("paymentTransactionId")

        payment_transaction_status: str | Unset | None = d.pop("paymentTransactionStatus", UNSET)

        transaction_type: str | Unset | None = d.pop("transactionType", UNSET)

        external_customer_id: str | Unset | None = d.pop("externalCustomerId", UNSET)

        customer_id: str | Unset | None = d.pop("customerId", UNSET)

        external_session_id: str | Unset | None = d.pop("externalSessionId", UNSET)

        session_id: str | Unset | None = d.pop("sessionId", UNSET)

        service_provider: str | Unset | None = d.pop("serviceProvider", UNSET)

        payment_method_type: str | Unset | None = d.pop("paymentMethodType", UNSET)

        source_amount: float | str | Unset | None = d.pop("sourceAmount", UNSET)

        source_currency_code: str | Unset | None = d.pop("sourceCurrencyCode", UNSET)

        destination_amount: float | str | Unset | None = d.pop("destinationAmount", UNSET)

        destination_currency_code: str | Unset | None = d.pop("destinationCurrencyCode", UNSET)

        created_at: str | Unset | None = d.pop("createdAt", UNSET)

        updated_at: str | Unset | None = d.pop("updatedAt", UNSET)

        handle_meld_webhook_meld_webhook_payload_meld_webhook_event_payload = cls(
            payment_transaction_id=payment_transaction_id,
            payment_transaction_status=payment_transaction_status,
            transaction_type=transaction_type,
            external_customer_id=external_customer_id,
            customer_id=customer_id,
            external_session_id=external_session_id,
            session_id=session_id,
            service_provider=service_provider,
            payment_method_type=payment_method_type,
            source_amount=source_amount,
            source_currency_code=source_currency_code,
            destination_amount=destination_amount,
            destination_currency_code=destination_currency_code,
            created_at=created_at,
            updated_at=updated_at,
        )

        handle_meld_webhook_meld_webhook_payload_meld_webhook_event_payload.additional_properties = d
        return handle_meld_webhook_meld_webhook_payload_meld_webhook_event_payload

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
