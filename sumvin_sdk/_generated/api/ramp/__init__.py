"""Operations tagged `ramp`: one module per operation, and the resource classes
``Sumvin.ramp`` and ``AsyncSumvin.ramp`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Literal

    import httpx

    from ...models.known_chains import KnownChains
    from ...models.meld_payment_method import MeldPaymentMethod
    from ...models.quote_list_response import QuoteListResponse
    from ...models.ramp_create_session_request import RampCreateSessionRequest, RampCreateSessionRequestDict
    from ...models.ramp_transaction_list_response import RampTransactionListResponse
    from ...models.ramp_transaction_response import RampTransactionResponse
    from ...models.session_response import SessionResponse
    from ...models.supported_country import SupportedCountry
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/ramp/quotes"): "get_ramp_quotes",
    ("post", "/v0/ramp/sessions"): "create_ramp_session",
    ("get", "/v0/ramp/transactions"): "list_ramp_transactions",
    ("get", "/v0/ramp/transactions/{transaction_id}"): "get_ramp_transaction",
}


class RampResource:
    """Operations tagged `ramp`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_ramp_quotes(
        self,
        *,
        source_amount: float | str,
        from_asset: str,
        to_asset: str,
        chain_id: KnownChains,
        country_code: SupportedCountry
        | Literal[
            "US",
            "CA",
            "MX",
            "BR",
            "AR",
            "CL",
            "CO",
            "PE",
            "GB",
            "DE",
            "FR",
            "IT",
            "ES",
            "NL",
            "BE",
            "IE",
            "PT",
            "AT",
            "CH",
            "SE",
            "NO",
            "DK",
            "FI",
            "PL",
            "CZ",
            "GR",
            "SG",
            "HK",
            "JP",
            "KR",
            "AU",
            "NZ",
            "IN",
            "TH",
            "PH",
            "MY",
            "ID",
            "AE",
            "SA",
            "IL",
            "TR",
            "ZA",
            "NG",
        ]
        | Unset = UNSET,
        payment_method_type: MeldPaymentMethod
        | Literal[
            "CARD",
            "CREDIT_DEBIT_CARD",
            "VISA",
            "MASTERCARD",
            "ACH",
            "SEPA",
            "BACS",
            "BANK_TRANSFER",
            "LOCAL_BANK_TRANSFER",
            "LOCAL",
            "PIX",
            "MOBILE_WALLET",
            "APPLE_PAY",
            "GOOGLE_PAY",
            "SAMSUNG_PAY",
        ]
        | Unset
        | None = UNSET,
        reusable_identity_only: bool | Unset = False,
        used_before_only: bool | Unset = False,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> QuoteListResponse:
        """Returns ranked provider quotes for a fiat-to-crypto or crypto-to-fiat trade on a chain; the user
        must have passed KYC.

        ``GET /v0/ramp/quotes``

        Args:
            source_amount: How much of `from_asset` to sell; above zero, as a number or a decimal string.
            from_asset: Asset or currency to sell, such as `USD` or `USDC`.
            to_asset: Asset or currency to receive.
            chain_id: EVM chain id the crypto side of the trade settles on.
            country_code: Country of the user, which decides the providers and payment methods on offer.
            payment_method_type: Only quotes for this payment method.
            reusable_identity_only: Only providers that accept an identity already verified elsewhere.
            used_before_only: Only providers the user has used before.

        Returns:
            QuoteListResponse: What `get_ramp_quotes` returns: quotes from ramp providers for turning an amount of one
                asset into another on a chain.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 502, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_ramp_quotes")

        return cast(
            "QuoteListResponse",
            self._caller.call(
                endpoint,
                {
                    "source_amount": source_amount,
                    "from_asset": from_asset,
                    "to_asset": to_asset,
                    "chain_id": chain_id,
                    "country_code": country_code,
                    "payment_method_type": payment_method_type,
                    "reusable_identity_only": reusable_identity_only,
                    "used_before_only": used_before_only,
                },
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def create_ramp_session(
        self,
        *,
        body: RampCreateSessionRequest | RampCreateSessionRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SessionResponse:
        """Opens a ramp provider's widget session for a fiat-crypto trade; 208 returns the earlier session
        for a repeated `idempotency_key`.

        ``POST /v0/ramp/sessions``

        Args:
            body: ``RampCreateSessionRequest``: Body of `create_ramp_session`, which opens a ramp
                provider's widget session for a fiat-crypto trade; 208 returns the earlier session for a
                repeated `idempotency_key`.

        Returns:
            SessionResponse: What `create_ramp_session` returns; it opens a ramp provider's widget session for a
                fiat-crypto trade; 208 returns the earlier session for a repeated `idempotency_key`.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 502, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "create_ramp_session")

        return cast(
            "SessionResponse",
            self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    def list_ramp_transactions(
        self,
        *,
        status: str | Unset | None = UNSET,
        page: int | Unset = 0,
        count: int | Unset = 50,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> RampTransactionListResponse:
        """Lists the user's ramp (buy and sell) transactions, a page at a time.

        ``GET /v0/ramp/transactions``

        Args:
            status: Only transactions in this provider state.
            page: Page number, from 0.
            count: Transactions per page (1 to 100).

        Returns:
            RampTransactionListResponse: What `list_ramp_transactions` returns; it lists the user's ramp (buy and sell)
                transactions, a page at a time.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 502, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_ramp_transactions")

        return cast(
            "RampTransactionListResponse",
            self._caller.call(
                endpoint,
                {"status": status, "page": page, "count": count},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def get_ramp_transaction(
        self,
        transaction_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> RampTransactionResponse:
        """Returns one ramp transaction.

        ``GET /v0/ramp/transactions/{transaction_id}``

        Args:
            transaction_id: Id of the ramp transaction, as `list_ramp_transactions` gives it.

        Returns:
            RampTransactionResponse: What `get_ramp_transaction` returns: one ramp transaction.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 502, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_ramp_transaction")

        return cast(
            "RampTransactionResponse",
            self._caller.call(
                endpoint,
                {"transaction_id": transaction_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class RampResourceWithRawResponse:
    """``RampResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = RampResource(caller)
        self.get_ramp_quotes = raw_response(resource.get_ramp_quotes)
        self.create_ramp_session = raw_response(resource.create_ramp_session)
        self.list_ramp_transactions = raw_response(resource.list_ramp_transactions)
        self.get_ramp_transaction = raw_response(resource.get_ramp_transaction)


class AsyncRampResource:
    """Operations tagged `ramp`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get_ramp_quotes(
        self,
        *,
        source_amount: float | str,
        from_asset: str,
        to_asset: str,
        chain_id: KnownChains,
        country_code: SupportedCountry
        | Literal[
            "US",
            "CA",
            "MX",
            "BR",
            "AR",
            "CL",
            "CO",
            "PE",
            "GB",
            "DE",
            "FR",
            "IT",
            "ES",
            "NL",
            "BE",
            "IE",
            "PT",
            "AT",
            "CH",
            "SE",
            "NO",
            "DK",
            "FI",
            "PL",
            "CZ",
            "GR",
            "SG",
            "HK",
            "JP",
            "KR",
            "AU",
            "NZ",
            "IN",
            "TH",
            "PH",
            "MY",
            "ID",
            "AE",
            "SA",
            "IL",
            "TR",
            "ZA",
            "NG",
        ]
        | Unset = UNSET,
        payment_method_type: MeldPaymentMethod
        | Literal[
            "CARD",
            "CREDIT_DEBIT_CARD",
            "VISA",
            "MASTERCARD",
            "ACH",
            "SEPA",
            "BACS",
            "BANK_TRANSFER",
            "LOCAL_BANK_TRANSFER",
            "LOCAL",
            "PIX",
            "MOBILE_WALLET",
            "APPLE_PAY",
            "GOOGLE_PAY",
            "SAMSUNG_PAY",
        ]
        | Unset
        | None = UNSET,
        reusable_identity_only: bool | Unset = False,
        used_before_only: bool | Unset = False,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> QuoteListResponse:
        """Returns ranked provider quotes for a fiat-to-crypto or crypto-to-fiat trade on a chain; the user
        must have passed KYC.

        ``GET /v0/ramp/quotes``

        Args:
            source_amount: How much of `from_asset` to sell; above zero, as a number or a decimal string.
            from_asset: Asset or currency to sell, such as `USD` or `USDC`.
            to_asset: Asset or currency to receive.
            chain_id: EVM chain id the crypto side of the trade settles on.
            country_code: Country of the user, which decides the providers and payment methods on offer.
            payment_method_type: Only quotes for this payment method.
            reusable_identity_only: Only providers that accept an identity already verified elsewhere.
            used_before_only: Only providers the user has used before.

        Returns:
            QuoteListResponse: What `get_ramp_quotes` returns: quotes from ramp providers for turning an amount of one
                asset into another on a chain.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 502, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_ramp_quotes")

        return cast(
            "QuoteListResponse",
            await self._caller.call(
                endpoint,
                {
                    "source_amount": source_amount,
                    "from_asset": from_asset,
                    "to_asset": to_asset,
                    "chain_id": chain_id,
                    "country_code": country_code,
                    "payment_method_type": payment_method_type,
                    "reusable_identity_only": reusable_identity_only,
                    "used_before_only": used_before_only,
                },
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def create_ramp_session(
        self,
        *,
        body: RampCreateSessionRequest | RampCreateSessionRequestDict,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> SessionResponse:
        """Opens a ramp provider's widget session for a fiat-crypto trade; 208 returns the earlier session
        for a repeated `idempotency_key`.

        ``POST /v0/ramp/sessions``

        Args:
            body: ``RampCreateSessionRequest``: Body of `create_ramp_session`, which opens a ramp
                provider's widget session for a fiat-crypto trade; 208 returns the earlier session for a
                repeated `idempotency_key`.

        Returns:
            SessionResponse: What `create_ramp_session` returns; it opens a ramp provider's widget session for a
                fiat-crypto trade; 208 returns the earlier session for a repeated `idempotency_key`.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            ConflictError: 409, the resource's state does not allow this now.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 502, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "create_ramp_session")

        return cast(
            "SessionResponse",
            await self._caller.call(
                endpoint, {"body": body}, request_options(timeout, extra_headers, extra_query, extra_body, max_retries)
            ),
        )

    async def list_ramp_transactions(
        self,
        *,
        status: str | Unset | None = UNSET,
        page: int | Unset = 0,
        count: int | Unset = 50,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> RampTransactionListResponse:
        """Lists the user's ramp (buy and sell) transactions, a page at a time.

        ``GET /v0/ramp/transactions``

        Args:
            status: Only transactions in this provider state.
            page: Page number, from 0.
            count: Transactions per page (1 to 100).

        Returns:
            RampTransactionListResponse: What `list_ramp_transactions` returns; it lists the user's ramp (buy and sell)
                transactions, a page at a time.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 502, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_ramp_transactions")

        return cast(
            "RampTransactionListResponse",
            await self._caller.call(
                endpoint,
                {"status": status, "page": page, "count": count},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def get_ramp_transaction(
        self,
        transaction_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> RampTransactionResponse:
        """Returns one ramp transaction.

        ``GET /v0/ramp/transactions/{transaction_id}``

        Args:
            transaction_id: Id of the ramp transaction, as `list_ramp_transactions` gives it.

        Returns:
            RampTransactionResponse: What `get_ramp_transaction` returns: one ramp transaction.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 502, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_ramp_transaction")

        return cast(
            "RampTransactionResponse",
            await self._caller.call(
                endpoint,
                {"transaction_id": transaction_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AsyncRampResourceWithRawResponse:
    """``AsyncRampResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncRampResource(caller)
        self.get_ramp_quotes = async_raw_response(resource.get_ramp_quotes)
        self.create_ramp_session = async_raw_response(resource.create_ramp_session)
        self.list_ramp_transactions = async_raw_response(resource.list_ramp_transactions)
        self.get_ramp_transaction = async_raw_response(resource.get_ramp_transaction)
