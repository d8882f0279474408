"""Operations tagged `webhooks`: one module per operation, and the resource classes
``Sumvin.webhooks`` and ``AsyncSumvin.webhooks`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

    import httpx

    from ...models.card_issuer_webhook_ack import CardIssuerWebhookAck
    from ...models.handle_card_issuer_webhook_card_issuer_webhook_payload import (
        HandleCardIssuerWebhookCardIssuerWebhookPayload,
        HandleCardIssuerWebhookCardIssuerWebhookPayloadDict,
    )
    from ...models.handle_meld_webhook_meld_webhook_payload import (
        HandleMeldWebhookMeldWebhookPayload,
        HandleMeldWebhookMeldWebhookPayloadDict,
    )
    from ...models.handle_para_wallet_claimed_webhook_para_webhook_payload import (
        HandleParaWalletClaimedWebhookParaWebhookPayload,
        HandleParaWalletClaimedWebhookParaWebhookPayloadDict,
    )
    from ...models.para_webhook_ack import ParaWebhookAck
    from ...models.receive_para_webhook_event_para_webhook_payload import (
        ReceiveParaWebhookEventParaWebhookPayload,
        ReceiveParaWebhookEventParaWebhookPayloadDict,
    )
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("post", "/v0/webhooks/kyc/sumsub/events"): "handle_sumsub_webhook",
    ("post", "/v0/webhooks/meld/events"): "handle_meld_webhook",
    ("post", "/v0/webhooks/alchemy"): "handle_alchemy_webhook",
    ("post", "/v0/webhooks/card-issuer/tokenize"): "handle_card_issuer_webhook",
    ("post", "/v0/webhooks/para"): "receive_para_webhook_event",
    ("post", "/v0/webhooks/para/wallet-claimed"): "handle_para_wallet_claimed_webhook",
}


class WebhooksResource:
    """Operations tagged `webhooks`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def handle_sumsub_webhook(
        self,
        *,
        x_payload_digest: str | Unset | None = UNSET,
        x_payload_digest_alg: str | Unset = "HMAC_SHA256_HEX",
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> Any:
        """Receiver for the identity-verification provider's events; its signature headers are checked.

        ``POST /v0/webhooks/kyc/sumsub/events``

        Args:
            x_payload_digest: The provider's signature over the raw body.
            x_payload_digest_alg: Algorithm of that signature, such as `HMAC_SHA256_HEX`.

        Returns:
            Any: The response body.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "handle_sumsub_webhook")

        return cast(
            "Any",
            self._caller.call(
                endpoint,
                {"x_payload_digest": x_payload_digest, "x_payload_digest_alg": x_payload_digest_alg},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def handle_meld_webhook(
        self,
        *,
        body: HandleMeldWebhookMeldWebhookPayload | HandleMeldWebhookMeldWebhookPayloadDict,
        meld_signature: str | Unset | None = UNSET,
        meld_signature_timestamp: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> Any:
        """Receiver for the ramp provider's payment events; its signature headers are checked.

        ``POST /v0/webhooks/meld/events``

        Args:
            body: ``HandleMeldWebhookMeldWebhookPayload``: An event Meld signs and posts: its kind,
                delivery id, time and the ramp transaction it is about.
            meld_signature: The provider's signature over the event.
            meld_signature_timestamp: When the provider signed the event; part of what is signed.

        Returns:
            Any: The response body.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "handle_meld_webhook")

        return cast(
            "Any",
            self._caller.call(
                endpoint,
                {"meld_signature": meld_signature, "meld_signature_timestamp": meld_signature_timestamp, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def handle_alchemy_webhook(
        self,
        *,
        x_alchemy_signature: str,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> Any:
        """Receiver for blockchain activity notifications, verified by their signature header.

        ``POST /v0/webhooks/alchemy``

        Args:
            x_alchemy_signature: The provider's HMAC signature over the raw body.

        Returns:
            Any: The response body.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "handle_alchemy_webhook")

        return cast(
            "Any",
            self._caller.call(
                endpoint,
                {"x_alchemy_signature": x_alchemy_signature},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def handle_card_issuer_webhook(
        self,
        *,
        body: HandleCardIssuerWebhookCardIssuerWebhookPayload | HandleCardIssuerWebhookCardIssuerWebhookPayloadDict,
        card_issuer_signature: str | Unset | None = UNSET,
        card_issuer_signature_timestamp: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> CardIssuerWebhookAck:
        """Receiver for the card issuer's tokenisation events, verified by their signature headers.

        ``POST /v0/webhooks/card-issuer/tokenize``

        Args:
            body: ``HandleCardIssuerWebhookCardIssuerWebhookPayload``: A signed tokenisation request from
                the card issuer, carrying the raw card details.
            card_issuer_signature: The issuer's signature over the event.
            card_issuer_signature_timestamp: When the issuer signed the event; part of what is signed.

        Returns:
            CardIssuerWebhookAck: What `handle_card_issuer_webhook` returns; it receiver for the card issuer's
                tokenisation events, verified by their signature headers.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "handle_card_issuer_webhook")

        return cast(
            "CardIssuerWebhookAck",
            self._caller.call(
                endpoint,
                {
                    "card_issuer_signature": card_issuer_signature,
                    "card_issuer_signature_timestamp": card_issuer_signature_timestamp,
                    "body": body,
                },
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def receive_para_webhook_event(
        self,
        *,
        body: ReceiveParaWebhookEventParaWebhookPayload | ReceiveParaWebhookEventParaWebhookPayloadDict,
        webhook_signature: str | Unset | None = UNSET,
        webhook_timestamp: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ParaWebhookAck:
        """Receiver for the embedded-wallet provider's events, verified by their signature headers.

        ``POST /v0/webhooks/para``

        Args:
            body: ``ReceiveParaWebhookEventParaWebhookPayload``: A signed event from the embedded-wallet
                provider: its kind and the wallet it is about.
            webhook_signature: The provider's signature over the event.
            webhook_timestamp: When the provider signed the event; part of what is signed.

        Returns:
            ParaWebhookAck: What `receive_para_webhook_event` and `handle_para_wallet_claimed_webhook` return: an
                acknowledgement that the event arrived.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "receive_para_webhook_event")

        return cast(
            "ParaWebhookAck",
            self._caller.call(
                endpoint,
                {"webhook_signature": webhook_signature, "webhook_timestamp": webhook_timestamp, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def handle_para_wallet_claimed_webhook(
        self,
        *,
        body: HandleParaWalletClaimedWebhookParaWebhookPayload | HandleParaWalletClaimedWebhookParaWebhookPayloadDict,
        webhook_signature: str | Unset | None = UNSET,
        webhook_timestamp: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ParaWebhookAck:
        """Earlier address of the embedded-wallet provider's event receiver, kept for providers still
        configured with it.

        ``POST /v0/webhooks/para/wallet-claimed``

        Args:
            body: ``HandleParaWalletClaimedWebhookParaWebhookPayload``: A signed event from the
                embedded-wallet provider, sent to the earlier address.
            webhook_signature: The provider's signature over the event.
            webhook_timestamp: When the provider signed the event; part of what is signed.

        Returns:
            ParaWebhookAck: What `receive_para_webhook_event` and `handle_para_wallet_claimed_webhook` return: an
                acknowledgement that the event arrived.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "handle_para_wallet_claimed_webhook")

        return cast(
            "ParaWebhookAck",
            self._caller.call(
                endpoint,
                {"webhook_signature": webhook_signature, "webhook_timestamp": webhook_timestamp, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class WebhooksResourceWithRawResponse:
    """``WebhooksResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = WebhooksResource(caller)
        self.handle_sumsub_webhook = raw_response(resource.handle_sumsub_webhook)
        self.handle_meld_webhook = raw_response(resource.handle_meld_webhook)
        self.handle_alchemy_webhook = raw_response(resource.handle_alchemy_webhook)
        self.handle_card_issuer_webhook = raw_response(resource.handle_card_issuer_webhook)
        self.receive_para_webhook_event = raw_response(resource.receive_para_webhook_event)
        self.handle_para_wallet_claimed_webhook = raw_response(resource.handle_para_wallet_claimed_webhook)


class AsyncWebhooksResource:
    """Operations tagged `webhooks`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def handle_sumsub_webhook(
        self,
        *,
        x_payload_digest: str | Unset | None = UNSET,
        x_payload_digest_alg: str | Unset = "HMAC_SHA256_HEX",
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> Any:
        """Receiver for the identity-verification provider's events; its signature headers are checked.

        ``POST /v0/webhooks/kyc/sumsub/events``

        Args:
            x_payload_digest: The provider's signature over the raw body.
            x_payload_digest_alg: Algorithm of that signature, such as `HMAC_SHA256_HEX`.

        Returns:
            Any: The response body.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "handle_sumsub_webhook")

        return cast(
            "Any",
            await self._caller.call(
                endpoint,
                {"x_payload_digest": x_payload_digest, "x_payload_digest_alg": x_payload_digest_alg},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def handle_meld_webhook(
        self,
        *,
        body: HandleMeldWebhookMeldWebhookPayload | HandleMeldWebhookMeldWebhookPayloadDict,
        meld_signature: str | Unset | None = UNSET,
        meld_signature_timestamp: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> Any:
        """Receiver for the ramp provider's payment events; its signature headers are checked.

        ``POST /v0/webhooks/meld/events``

        Args:
            body: ``HandleMeldWebhookMeldWebhookPayload``: An event Meld signs and posts: its kind,
                delivery id, time and the ramp transaction it is about.
            meld_signature: The provider's signature over the event.
            meld_signature_timestamp: When the provider signed the event; part of what is signed.

        Returns:
            Any: The response body.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "handle_meld_webhook")

        return cast(
            "Any",
            await self._caller.call(
                endpoint,
                {"meld_signature": meld_signature, "meld_signature_timestamp": meld_signature_timestamp, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def handle_alchemy_webhook(
        self,
        *,
        x_alchemy_signature: str,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> Any:
        """Receiver for blockchain activity notifications, verified by their signature header.

        ``POST /v0/webhooks/alchemy``

        Args:
            x_alchemy_signature: The provider's HMAC signature over the raw body.

        Returns:
            Any: The response body.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "handle_alchemy_webhook")

        return cast(
            "Any",
            await self._caller.call(
                endpoint,
                {"x_alchemy_signature": x_alchemy_signature},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def handle_card_issuer_webhook(
        self,
        *,
        body: HandleCardIssuerWebhookCardIssuerWebhookPayload | HandleCardIssuerWebhookCardIssuerWebhookPayloadDict,
        card_issuer_signature: str | Unset | None = UNSET,
        card_issuer_signature_timestamp: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> CardIssuerWebhookAck:
        """Receiver for the card issuer's tokenisation events, verified by their signature headers.

        ``POST /v0/webhooks/card-issuer/tokenize``

        Args:
            body: ``HandleCardIssuerWebhookCardIssuerWebhookPayload``: A signed tokenisation request from
                the card issuer, carrying the raw card details.
            card_issuer_signature: The issuer's signature over the event.
            card_issuer_signature_timestamp: When the issuer signed the event; part of what is signed.

        Returns:
            CardIssuerWebhookAck: What `handle_card_issuer_webhook` returns; it receiver for the card issuer's
                tokenisation events, verified by their signature headers.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "handle_card_issuer_webhook")

        return cast(
            "CardIssuerWebhookAck",
            await self._caller.call(
                endpoint,
                {
                    "card_issuer_signature": card_issuer_signature,
                    "card_issuer_signature_timestamp": card_issuer_signature_timestamp,
                    "body": body,
                },
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def receive_para_webhook_event(
        self,
        *,
        body: ReceiveParaWebhookEventParaWebhookPayload | ReceiveParaWebhookEventParaWebhookPayloadDict,
        webhook_signature: str | Unset | None = UNSET,
        webhook_timestamp: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ParaWebhookAck:
        """Receiver for the embedded-wallet provider's events, verified by their signature headers.

        ``POST /v0/webhooks/para``

        Args:
            body: ``ReceiveParaWebhookEventParaWebhookPayload``: A signed event from the embedded-wallet
                provider: its kind and the wallet it is about.
            webhook_signature: The provider's signature over the event.
            webhook_timestamp: When the provider signed the event; part of what is signed.

        Returns:
            ParaWebhookAck: What `receive_para_webhook_event` and `handle_para_wallet_claimed_webhook` return: an
                acknowledgement that the event arrived.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "receive_para_webhook_event")

        return cast(
            "ParaWebhookAck",
            await self._caller.call(
                endpoint,
                {"webhook_signature": webhook_signature, "webhook_timestamp": webhook_timestamp, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def handle_para_wallet_claimed_webhook(
        self,
        *,
        body: HandleParaWalletClaimedWebhookParaWebhookPayload | HandleParaWalletClaimedWebhookParaWebhookPayloadDict,
        webhook_signature: str | Unset | None = UNSET,
        webhook_timestamp: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> ParaWebhookAck:
        """Earlier address of the embedded-wallet provider's event receiver, kept for providers still
        configured with it.

        ``POST /v0/webhooks/para/wallet-claimed``

        Args:
            body: ``HandleParaWalletClaimedWebhookParaWebhookPayload``: A signed event from the
                embedded-wallet provider, sent to the earlier address.
            webhook_signature: The provider's signature over the event.
            webhook_timestamp: When the provider signed the event; part of what is signed.

        Returns:
            ParaWebhookAck: What `receive_para_webhook_event` and `handle_para_wallet_claimed_webhook` return: an
                acknowledgement that the event arrived.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "handle_para_wallet_claimed_webhook")

        return cast(
            "ParaWebhookAck",
            await self._caller.call(
                endpoint,
                {"webhook_signature": webhook_signature, "webhook_timestamp": webhook_timestamp, "body": body},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AsyncWebhooksResourceWithRawResponse:
    """``AsyncWebhooksResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncWebhooksResource(caller)
        self.handle_sumsub_webhook = async_raw_response(resource.handle_sumsub_webhook)
        self.handle_meld_webhook = async_raw_response(resource.handle_meld_webhook)
        self.handle_alchemy_webhook = async_raw_response(resource.handle_alchemy_webhook)
        self.handle_card_issuer_webhook = async_raw_response(resource.handle_card_issuer_webhook)
        self.receive_para_webhook_event = async_raw_response(resource.receive_para_webhook_event)
        self.handle_para_wallet_claimed_webhook = async_raw_response(resource.handle_para_wallet_claimed_webhook)
