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

T = TypeVar("T", bound="HandleMeldWebhookMeldWebhookPayloadMeldWebhookEventPayload")
_MEMBERS: frozenset[str] = frozenset(
    (
        "paymentTransactionId",
        "paymentTransactionStatus",
        "transactionType",
        "externalCustomerId",
        "customerId",
        "externalSessionId",
        "sessionId",
        "serviceProvider",
        "paymentMethodType",
        "sourceAmount",
        "sourceCurrencyCode",
        "destinationAmount",
        "destinationCurrencyCode",
        "createdAt",
        "updatedAt",
    )
)  # the members the schema names, as on the wire


@_attrs_define(repr=False)
class HandleMeldWebhookMeldWebhookPayloadMeldWebhookEventPayload(Model):
    """The ramp transaction the event is about, in Meld's own field names.

    Attributes:
        payment_transaction_id: The provider's id of the ramp transaction.
        payment_transaction_status: The provider's raw status; it may also carry KYC states, so treat unknown values as
            opaque.
        transaction_type: The provider's transaction type, such as `CRYPTO_PURCHASE` or `CRYPTO_SELL`.
        external_customer_id: Sumvin's id of the user, as given to the provider.
        customer_id: The provider's id of the customer.
        external_session_id: Sumvin's widget session id.
        session_id: The provider's widget session id.
        service_provider: Upstream provider that handled it, such as `MERCURYO`.
        payment_method_type: Payment method used, such as `CARD` or `BANK_TRANSFER`.
        source_amount: Amount the customer paid, in the source currency.
        source_currency_code: Currency code of the source amount.
        destination_amount: Amount delivered, in the destination asset.
        destination_currency_code: Symbol of the destination asset, such as `USDC_BASE`.
        created_at: When the provider created the transaction, ISO 8601.
        updated_at: When the provider last updated the transaction, ISO 8601.
    """

    payment_transaction_id: str
    payment_transaction_status: str | None = None
    transaction_type: str | None = None
    external_customer_id: str | None = None
    customer_id: str | None = None
    external_session_id: str | None = None
    session_id: str | None = None
    service_provider: str | None = None
    payment_method_type: str | None = None
    source_amount: float | str | None = None
    source_currency_code: str | None = None
    destination_amount: float | str | None = None
    destination_currency_code: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: int = _attrs_field(init=False, default=0, eq=False)
    _REQUIRED: ClassVar[tuple[str, ...]] = ("payment_transaction_id",)
    _OPTIONAL: ClassVar[tuple[str, ...]] = (
        "payment_transaction_status",
        "transaction_type",
        "external_customer_id",
        "customer_id",
        "external_session_id",
        "session_id",
        "service_provider",
        "payment_method_type",
        "source_amount",
        "source_currency_code",
        "destination_amount",
        "destination_currency_code",
        "created_at",
        "updated_at",
    )

    def _json_dict(self) -> dict[str, Any]:
        payment_transaction_id = self.payment_transaction_id

        _payment_transaction_status = (
            UNSET
            if self.payment_transaction_status is None and not self._nulls & 1
            else self.payment_transaction_status
        )
        payment_transaction_status: str | Unset | None
        if isinstance(_payment_transaction_status, Unset):
            payment_transaction_status = UNSET
        else:
            payment_transaction_status = _payment_transaction_status

        _transaction_type = UNSET if self.transaction_type is None and not self._nulls & 2 else self.transaction_type
        transaction_type: str | Unset | None
        if isinstance(_transaction_type, Unset):
            transaction_type = UNSET
        else:
            transaction_type = _transaction_type

        _external_customer_id = (
            UNSET if self.external_customer_id is None and not self._nulls & 4 else self.external_customer_id
        )
        external_customer_id: str | Unset | None
        if isinstance(_external_customer_id, Unset):
            external_customer_id = UNSET
        else:
            external_customer_id = _external_customer_id

        _customer_id = UNSET if self.customer_id is None and not self._nulls & 8 else self.customer_id
        customer_id: str | Unset | None
        if isinstance(_customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = _customer_id

        _external_session_id = (
            UNSET if self.external_session_id is None and not self._nulls & 16 else self.external_session_id
        )
        external_session_id: str | Unset | None
        if isinstance(_external_session_id, Unset):
            external_session_id = UNSET
        else:
            external_session_id = _external_session_id

        _session_id = UNSET if self.session_id is None and not self._nulls & 32 else self.session_id
        session_id: str | Unset | None
        if isinstance(_session_id, Unset):
            session_id = UNSET
        else:
            session_id = _session_id

        _service_provider = UNSET if self.service_provider is None and not self._nulls & 64 else self.service_provider
        service_provider: str | Unset | None
        if isinstance(_service_provider, Unset):
            service_provider = UNSET
        else:
            service_provider = _service_provider

        _payment_method_type = (
            UNSET if self.payment_method_type is None and not self._nulls & 128 else self.payment_method_type
        )
        payment_method_type: str | Unset | None
        if isinstance(_payment_method_type, Unset):
            payment_method_type = UNSET
        else:
            payment_method_type = _payment_method_type

        _source_amount = UNSET if self.source_amount is None and not self._nulls & 256 else self.source_amount
        source_amount: float | str | Unset | None
        if isinstance(_source_amount, Unset):
            source_amount = UNSET
        else:
            source_amount = _source_amount

        _source_currency_code = (
            UNSET if self.source_currency_code is None and not self._nulls & 512 else self.source_currency_code
        )
        source_currency_code: str | Unset | None
        if isinstance(_source_currency_code, Unset):
            source_currency_code = UNSET
        else:
            source_currency_code = _source_currency_code

        _destination_amount = (
            UNSET if self.destination_amount is None and not self._nulls & 1024 else self.destination_amount
        )
        destination_amount: float | str | Unset | None
        if isinstance(_destination_amount, Unset):
            destination_amount = UNSET
        else:
            destination_amount = _destination_amount

        _destination_currency_code = (
            UNSET
            if self.destination_currency_code is None and not self._nulls & 2048
            else self.destination_currency_code
        )
        destination_currency_code: str | Unset | None
        if isinstance(_destination_currency_code, Unset):
            destination_currency_code = UNSET
        else:
            destination_currency_code = _destination_currency_code

        _created_at = UNSET if self.created_at is None and not self._nulls & 4096 else self.created_at
        created_at: str | Unset | None
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = _created_at

        _updated_at = UNSET if self.updated_at is None and not self._nulls & 8192 else self.updated_at
        updated_at: str | Unset | None
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = _updated_at

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
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        at: str | None = None
        try:
            nulls = 0
            at = "paymentTransactionId"
            payment_transaction_id = src_dict["paymentTransactionId"]
            if type(payment_transaction_id) is not str and not isinstance(payment_transaction_id, str):
                raise TypeError(
                    f"member 'paymentTransactionId': expected str, got {type(payment_transaction_id).__name__}"
                )

            at = "paymentTransactionStatus"
            payment_transaction_status = src_dict.get("paymentTransactionStatus", ABSENT)
            if (
                type(payment_transaction_status) is not str
                and payment_transaction_status is not None
                and payment_transaction_status is not ABSENT
                and not isinstance(payment_transaction_status, str)
            ):
                raise TypeError(
                    f"member 'paymentTransactionStatus': expected str or None or Unset, got {type(payment_transaction_status).__name__}"
                )

            if payment_transaction_status is None:
                nulls |= 1

            at = "transactionType"
            transaction_type = src_dict.get("transactionType", ABSENT)
            if (
                type(transaction_type) is not str
                and transaction_type is not None
                and transaction_type is not ABSENT
                and not isinstance(transaction_type, str)
            ):
                raise TypeError(
                    f"member 'transactionType': expected str or None or Unset, got {type(transaction_type).__name__}"
                )

            if transaction_type is None:
                nulls |= 2

            at = "externalCustomerId"
            external_customer_id = src_dict.get("externalCustomerId", ABSENT)
            if (
                type(external_customer_id) is not str
                and external_customer_id is not None
                and external_customer_id is not ABSENT
                and not isinstance(external_customer_id, str)
            ):
                raise TypeError(
                    f"member 'externalCustomerId': expected str or None or Unset, got {type(external_customer_id).__name__}"
                )

            if external_customer_id is None:
                nulls |= 4

            at = "customerId"
            customer_id = src_dict.get("customerId", ABSENT)
            if (
                type(customer_id) is not str
                and customer_id is not None
                and customer_id is not ABSENT
                and not isinstance(customer_id, str)
            ):
                raise TypeError(f"member 'customerId': expected str or None or Unset, got {type(customer_id).__name__}")

            if customer_id is None:
                nulls |= 8

            at = "externalSessionId"
            external_session_id = src_dict.get("externalSessionId", ABSENT)
            if (
                type(external_session_id) is not str
                and external_session_id is not None
                and external_session_id is not ABSENT
                and not isinstance(external_session_id, str)
            ):
                raise TypeError(
                    f"member 'externalSessionId': expected str or None or Unset, got {type(external_session_id).__name__}"
                )

            if external_session_id is None:
                nulls |= 16

            at = "sessionId"
            session_id = src_dict.get("sessionId", ABSENT)
            if (
                type(session_id) is not str
                and session_id is not None
                and session_id is not ABSENT
                and not isinstance(session_id, str)
            ):
                raise TypeError(f"member 'sessionId': expected str or None or Unset, got {type(session_id).__name__}")

            if session_id is None:
                nulls |= 32

            at = "serviceProvider"
            service_provider = src_dict.get("serviceProvider", ABSENT)
            if (
                type(service_provider) is not str
                and service_provider is not None
                and service_provider is not ABSENT
                and not isinstance(service_provider, str)
            ):
                raise TypeError(
                    f"member 'serviceProvider': expected str or None or Unset, got {type(service_provider).__name__}"
                )

            if service_provider is None:
                nulls |= 64

            at = "paymentMethodType"
            payment_method_type = src_dict.get("paymentMethodType", ABSENT)
            if (
                type(payment_method_type) is not str
                and payment_method_type is not None
                and payment_method_type is not ABSENT
                and not isinstance(payment_method_type, str)
            ):
                raise TypeError(
                    f"member 'paymentMethodType': expected str or None or Unset, got {type(payment_method_type).__name__}"
                )

            if payment_method_type is None:
                nulls |= 128

            at = "sourceAmount"
            source_amount = src_dict.get("sourceAmount", ABSENT)
            if (
                source_amount is not None
                and source_amount is not ABSENT
                and (
                    not isinstance(source_amount, ((int, float), str))
                    or isinstance(source_amount, bool)
                    or (isinstance(source_amount, float) and not float("-inf") < source_amount < float("inf"))
                )
            ):
                raise TypeError(
                    f"member 'sourceAmount': expected float or str or None or Unset, got {type(source_amount).__name__}"
                )

            if source_amount is None:
                nulls |= 256

            at = "sourceCurrencyCode"
            source_currency_code = src_dict.get("sourceCurrencyCode", ABSENT)
            if (
                type(source_currency_code) is not str
                and source_currency_code is not None
                and source_currency_code is not ABSENT
                and not isinstance(source_currency_code, str)
            ):
                raise TypeError(
                    f"member 'sourceCurrencyCode': expected str or None or Unset, got {type(source_currency_code).__name__}"
                )

            if source_currency_code is None:
                nulls |= 512

            at = "destinationAmount"
            destination_amount = src_dict.get("destinationAmount", ABSENT)
            if (
                destination_amount is not None
                and destination_amount is not ABSENT
                and (
                    not isinstance(destination_amount, ((int, float), str))
                    or isinstance(destination_amount, bool)
                    or (isinstance(destination_amount, float) and not float("-inf") < destination_amount < float("inf"))
                )
            ):
                raise TypeError(
                    f"member 'destinationAmount': expected float or str or None or Unset, got {type(destination_amount).__name__}"
                )

            if destination_amount is None:
                nulls |= 1024

            at = "destinationCurrencyCode"
            destination_currency_code = src_dict.get("destinationCurrencyCode", ABSENT)
            if (
                type(destination_currency_code) is not str
                and destination_currency_code is not None
                and destination_currency_code is not ABSENT
                and not isinstance(destination_currency_code, str)
            ):
                raise TypeError(
                    f"member 'destinationCurrencyCode': expected str or None or Unset, got {type(destination_currency_code).__name__}"
                )

            if destination_currency_code is None:
                nulls |= 2048

            at = "createdAt"
            created_at = src_dict.get("createdAt", ABSENT)
            if (
                type(created_at) is not str
                and created_at is not None
                and created_at is not ABSENT
                and not isinstance(created_at, str)
            ):
                raise TypeError(f"member 'createdAt': expected str or None or Unset, got {type(created_at).__name__}")

            if created_at is None:
                nulls |= 4096

            at = "updatedAt"
            updated_at = src_dict.get("updatedAt", ABSENT)
            if (
                type(updated_at) is not str
                and updated_at is not None
                and updated_at is not ABSENT
                and not isinstance(updated_at, str)
            ):
                raise TypeError(f"member 'updatedAt': expected str or None or Unset, got {type(updated_at).__name__}")

            if updated_at is None:
                nulls |= 8192

        except PARSE_ERRORS as error:
            note_failure(error, cls, at)
            raise
        handle_meld_webhook_meld_webhook_payload_meld_webhook_event_payload = object.__new__(cls)
        handle_meld_webhook_meld_webhook_payload_meld_webhook_event_payload.payment_transaction_id = (
            payment_transaction_id
        )
        handle_meld_webhook_meld_webhook_payload_meld_webhook_event_payload.payment_transaction_status = (
            None if payment_transaction_status is ABSENT else payment_transaction_status
        )
        handle_meld_webhook_meld_webhook_payload_meld_webhook_event_payload.transaction_type = (
            None if transaction_type is ABSENT else transaction_type
        )
        handle_meld_webhook_meld_webhook_payload_meld_webhook_event_payload.external_customer_id = (
            None if external_customer_id is ABSENT else external_customer_id
        )
        handle_meld_webhook_meld_webhook_payload_meld_webhook_event_payload.customer_id = (
            None if customer_id is ABSENT else customer_id
        )
        handle_meld_webhook_meld_webhook_payload_meld_webhook_event_payload.external_session_id = (
            None if external_session_id is ABSENT else external_session_id
        )
        handle_meld_webhook_meld_webhook_payload_meld_webhook_event_payload.session_id = (
            None if session_id is ABSENT else session_id
        )
        handle_meld_webhook_meld_webhook_payload_meld_webhook_event_payload.service_provider = (
            None if service_provider is ABSENT else service_provider
        )
        handle_meld_webhook_meld_webhook_payload_meld_webhook_event_payload.payment_method_type = (
            None if payment_method_type is ABSENT else payment_method_type
        )
        handle_meld_webhook_meld_webhook_payload_meld_webhook_event_payload.source_amount = (
            None if source_amount is ABSENT else source_amount
        )
        handle_meld_webhook_meld_webhook_payload_meld_webhook_event_payload.source_currency_code = (
            None if source_currency_code is ABSENT else source_currency_code
        )
        handle_meld_webhook_meld_webhook_payload_meld_webhook_event_payload.destination_amount = (
            None if destination_amount is ABSENT else destination_amount
        )
        handle_meld_webhook_meld_webhook_payload_meld_webhook_event_payload.destination_currency_code = (
            None if destination_currency_code is ABSENT else destination_currency_code
        )
        handle_meld_webhook_meld_webhook_payload_meld_webhook_event_payload.created_at = (
            None if created_at is ABSENT else created_at
        )
        handle_meld_webhook_meld_webhook_payload_meld_webhook_event_payload.updated_at = (
            None if updated_at is ABSENT else updated_at
        )
        handle_meld_webhook_meld_webhook_payload_meld_webhook_event_payload._nulls = nulls
        handle_meld_webhook_meld_webhook_payload_meld_webhook_event_payload.additional_properties = (
            {k: v for k, v in src_dict.items() if k not in _MEMBERS}
            if len(src_dict)
            != 1
            + (payment_transaction_status is not ABSENT)
            + (transaction_type is not ABSENT)
            + (external_customer_id is not ABSENT)
            + (customer_id is not ABSENT)
            + (external_session_id is not ABSENT)
            + (session_id is not ABSENT)
            + (service_provider is not ABSENT)
            + (payment_method_type is not ABSENT)
            + (source_amount is not ABSENT)
            + (source_currency_code is not ABSENT)
            + (destination_amount is not ABSENT)
            + (destination_currency_code is not ABSENT)
            + (created_at is not ABSENT)
            + (updated_at is not ABSENT)
            else {}
        )
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
