"""Operations tagged `transactions`: one module per operation, and the resource classes
``Sumvin.transactions`` and ``AsyncSumvin.transactions`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping
    from typing import Literal

    import httpx

    from ...models.transaction_direction import TransactionDirection
    from ...models.transaction_list_response import TransactionListResponse
    from ...models.transaction_response import TransactionResponse
    from ...models.transaction_source import TransactionSource
    from ...models.transaction_status import TransactionStatus
    from ...models.transaction_type import TransactionType
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/transactions/"): "list_transactions",
    ("get", "/v0/transactions/{transaction_id}"): "get_transaction",
}


class TransactionsResource:
    """Operations tagged `transactions`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_transactions(
        self,
        *,
        source: TransactionSource | Literal["crypto_wallet", "bank_account", "card"] | Unset | None = UNSET,
        account_id: str | Unset | None = UNSET,
        wallet_id: str | Unset | None = UNSET,
        card_id: str | Unset | None = UNSET,
        type_: TransactionType
        | Literal[
            "deposit",
            "withdrawal",
            "transfer",
            "swap",
            "card_purchase",
            "card_refund",
            "on_ramp",
            "off_ramp",
            "bank_transfer",
            "direct_debit",
            "standing_order",
            "bank_payment",
            "bank_refund",
            "interest",
            "fee",
        ]
        | Unset
        | None = UNSET,
        status: TransactionStatus
        | Literal["pending", "processing", "completed", "failed", "cancelled"]
        | Unset
        | None = UNSET,
        direction: TransactionDirection | Literal["in", "out"] | Unset | None = UNSET,
        category: str | Unset | None = UNSET,
        merchant_name: str | Unset | None = UNSET,
        merchant_category_code: str | Unset | None = UNSET,
        amount_min: float | str | Unset | None = UNSET,
        amount_max: float | str | Unset | None = UNSET,
        from_date: datetime.date | datetime.datetime | str | int | Unset | None = UNSET,
        to_date: datetime.date | datetime.datetime | str | int | Unset | None = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 50,
        meta: bool | Unset = False,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> TransactionListResponse:
        """Lists the user's transactions across accounts, wallets and cards, with filters on source, kind,
        merchant, amount and date.

        ``GET /v0/transactions/``

        Args:
            source: Only transactions from this kind of source (bank account, wallet, card, ...).
            account_id: Only transactions of this linked account.
            wallet_id: Only transactions of this wallet.
            card_id: Only transactions made with this card.
            type_: Only transactions of this type.
            status: Only transactions in this state.
            direction: Only money coming in (`inbound`) or going out (`outbound`).
            category: Only these spending categories; several may be given comma-separated and match any of
                them.
            merchant_name: Only transactions with this merchant name.
            merchant_category_code: Only transactions with this four-digit merchant category code (MCC).
            amount_min: Smallest amount to include (inclusive), as a number or a decimal string.
            amount_max: Largest amount to include (inclusive), as a number or a decimal string.
            from_date: Earliest transaction date to include: a YYYY-MM-DD date or epoch milliseconds. Give a
                ``datetime.date`` (sent as YYYY-MM-DD), an aware ``datetime.datetime`` or an int (sent
                as epoch milliseconds), or a string in either form; a naive datetime or any other string
                raises ``ParameterError`` and nothing is sent.
            to_date: Latest transaction date to include: a YYYY-MM-DD date or epoch milliseconds. Give a
                ``datetime.date`` (sent as YYYY-MM-DD), an aware ``datetime.datetime`` or an int (sent
                as epoch milliseconds), or a string in either form; a naive datetime or any other string
                raises ``ParameterError`` and nothing is sent.
            offset: How many items to skip before the page starts (0 by default).
            limit: Most items to return in one page (1 to 100, 50 by default).
            meta: Also return summary statistics over the matching transactions.

        Returns:
            TransactionListResponse: What `list_transactions` returns; it lists the user's transactions across accounts,
                wallets and cards, with filters on source, kind, merchant, amount and date.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_transactions")

        return cast(
            "TransactionListResponse",
            self._caller.call(
                endpoint,
                {
                    "source": source,
                    "account_id": account_id,
                    "wallet_id": wallet_id,
                    "card_id": card_id,
                    "type_": type_,
                    "status": status,
                    "direction": direction,
                    "category": category,
                    "merchant_name": merchant_name,
                    "merchant_category_code": merchant_category_code,
                    "amount_min": amount_min,
                    "amount_max": amount_max,
                    "from_date": from_date,
                    "to_date": to_date,
                    "offset": offset,
                    "limit": limit,
                    "meta": meta,
                },
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def get_transaction(
        self,
        transaction_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> TransactionResponse:
        """Returns one transaction with its merchant, card and on-chain details.

        ``GET /v0/transactions/{transaction_id}``

        Args:
            transaction_id: Id of the transaction, as `list_transactions` gives it.

        Returns:
            TransactionResponse: What `get_transaction` returns: one transaction with its merchant, card and on-chain
                details.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_transaction")

        return cast(
            "TransactionResponse",
            self._caller.call(
                endpoint,
                {"transaction_id": transaction_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class TransactionsResourceWithRawResponse:
    """``TransactionsResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = TransactionsResource(caller)
        self.list_transactions = raw_response(resource.list_transactions)
        self.get_transaction = raw_response(resource.get_transaction)


class AsyncTransactionsResource:
    """Operations tagged `transactions`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_transactions(
        self,
        *,
        source: TransactionSource | Literal["crypto_wallet", "bank_account", "card"] | Unset | None = UNSET,
        account_id: str | Unset | None = UNSET,
        wallet_id: str | Unset | None = UNSET,
        card_id: str | Unset | None = UNSET,
        type_: TransactionType
        | Literal[
            "deposit",
            "withdrawal",
            "transfer",
            "swap",
            "card_purchase",
            "card_refund",
            "on_ramp",
            "off_ramp",
            "bank_transfer",
            "direct_debit",
            "standing_order",
            "bank_payment",
            "bank_refund",
            "interest",
            "fee",
        ]
        | Unset
        | None = UNSET,
        status: TransactionStatus
        | Literal["pending", "processing", "completed", "failed", "cancelled"]
        | Unset
        | None = UNSET,
        direction: TransactionDirection | Literal["in", "out"] | Unset | None = UNSET,
        category: str | Unset | None = UNSET,
        merchant_name: str | Unset | None = UNSET,
        merchant_category_code: str | Unset | None = UNSET,
        amount_min: float | str | Unset | None = UNSET,
        amount_max: float | str | Unset | None = UNSET,
        from_date: datetime.date | datetime.datetime | str | int | Unset | None = UNSET,
        to_date: datetime.date | datetime.datetime | str | int | Unset | None = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 50,
        meta: bool | Unset = False,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> TransactionListResponse:
        """Lists the user's transactions across accounts, wallets and cards, with filters on source, kind,
        merchant, amount and date.

        ``GET /v0/transactions/``

        Args:
            source: Only transactions from this kind of source (bank account, wallet, card, ...).
            account_id: Only transactions of this linked account.
            wallet_id: Only transactions of this wallet.
            card_id: Only transactions made with this card.
            type_: Only transactions of this type.
            status: Only transactions in this state.
            direction: Only money coming in (`inbound`) or going out (`outbound`).
            category: Only these spending categories; several may be given comma-separated and match any of
                them.
            merchant_name: Only transactions with this merchant name.
            merchant_category_code: Only transactions with this four-digit merchant category code (MCC).
            amount_min: Smallest amount to include (inclusive), as a number or a decimal string.
            amount_max: Largest amount to include (inclusive), as a number or a decimal string.
            from_date: Earliest transaction date to include: a YYYY-MM-DD date or epoch milliseconds. Give a
                ``datetime.date`` (sent as YYYY-MM-DD), an aware ``datetime.datetime`` or an int (sent
                as epoch milliseconds), or a string in either form; a naive datetime or any other string
                raises ``ParameterError`` and nothing is sent.
            to_date: Latest transaction date to include: a YYYY-MM-DD date or epoch milliseconds. Give a
                ``datetime.date`` (sent as YYYY-MM-DD), an aware ``datetime.datetime`` or an int (sent
                as epoch milliseconds), or a string in either form; a naive datetime or any other string
                raises ``ParameterError`` and nothing is sent.
            offset: How many items to skip before the page starts (0 by default).
            limit: Most items to return in one page (1 to 100, 50 by default).
            meta: Also return summary statistics over the matching transactions.

        Returns:
            TransactionListResponse: What `list_transactions` returns; it lists the user's transactions across accounts,
                wallets and cards, with filters on source, kind, merchant, amount and date.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_transactions")

        return cast(
            "TransactionListResponse",
            await self._caller.call(
                endpoint,
                {
                    "source": source,
                    "account_id": account_id,
                    "wallet_id": wallet_id,
                    "card_id": card_id,
                    "type_": type_,
                    "status": status,
                    "direction": direction,
                    "category": category,
                    "merchant_name": merchant_name,
                    "merchant_category_code": merchant_category_code,
                    "amount_min": amount_min,
                    "amount_max": amount_max,
                    "from_date": from_date,
                    "to_date": to_date,
                    "offset": offset,
                    "limit": limit,
                    "meta": meta,
                },
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def get_transaction(
        self,
        transaction_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> TransactionResponse:
        """Returns one transaction with its merchant, card and on-chain details.

        ``GET /v0/transactions/{transaction_id}``

        Args:
            transaction_id: Id of the transaction, as `list_transactions` gives it.

        Returns:
            TransactionResponse: What `get_transaction` returns: one transaction with its merchant, card and on-chain
                details.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: 424, or any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_transaction")

        return cast(
            "TransactionResponse",
            await self._caller.call(
                endpoint,
                {"transaction_id": transaction_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AsyncTransactionsResourceWithRawResponse:
    """``AsyncTransactionsResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncTransactionsResource(caller)
        self.list_transactions = async_raw_response(resource.list_transactions)
        self.get_transaction = async_raw_response(resource.get_transaction)
