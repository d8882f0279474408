"""Operations tagged `wallet_assets`: one module per operation, and the resource classes
``Sumvin.wallet_assets`` and ``AsyncSumvin.wallet_assets`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    import httpx

    from ...models.wallet_asset_list_response import WalletAssetListResponse
    from ...models.wallet_asset_transactions_response import WalletAssetTransactionsResponse
    from ...models.wallet_balance_summary_response import WalletBalanceSummaryResponse
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/wallets/{wallet_id}/assets"): "list_wallet_assets",
    ("get", "/v0/wallets/{wallet_id}/assets/{symbol}/transactions"): "list_wallet_asset_transactions",
    ("get", "/v0/wallets/{wallet_id}/balances"): "get_wallet_balance_summary",
}


class WalletAssetsResource:
    """Operations tagged `wallet_assets`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_wallet_assets(
        self,
        wallet_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WalletAssetListResponse:
        """Lists the assets one wallet holds, with balances and values.

        ``GET /v0/wallets/{wallet_id}/assets``

        Args:
            wallet_id: Id of the wallet, as `list_wallets` gives it.

        Returns:
            WalletAssetListResponse: What `list_wallet_assets` returns; it lists the assets one wallet holds, with balances
                and values.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_wallet_assets")

        return cast(
            "WalletAssetListResponse",
            self._caller.call(
                endpoint,
                {"wallet_id": wallet_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def list_wallet_asset_transactions(
        self,
        wallet_id: str,
        symbol: str,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 50,
        from_: datetime.datetime | int | Unset | None = UNSET,
        to: datetime.datetime | int | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WalletAssetTransactionsResponse:
        """Lists the transactions of one asset in one wallet, filterable by date, a page at a time.

        ``GET /v0/wallets/{wallet_id}/assets/{symbol}/transactions``

        Args:
            wallet_id: Id of the wallet, as `list_wallets` gives it.
            symbol: Ticker symbol of the asset, such as `USDC`.
            offset: How many items to skip before the page starts (0 by default).
            limit: Most items to return in one page (1 to 100, 50 by default).
            from_: Earliest transaction time to include, in epoch milliseconds. Give an aware
                ``datetime.datetime`` or an int of epoch milliseconds (sent as such); a naive datetime
                raises ``ParameterError`` and nothing is sent.
            to: Latest transaction time to include, in epoch milliseconds. Give an aware
                ``datetime.datetime`` or an int of epoch milliseconds (sent as such); a naive datetime
                raises ``ParameterError`` and nothing is sent.

        Returns:
            WalletAssetTransactionsResponse: What `list_wallet_asset_transactions` returns; it lists the transactions of one asset in
                one wallet, filterable by date, a page at a time.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_wallet_asset_transactions")

        return cast(
            "WalletAssetTransactionsResponse",
            self._caller.call(
                endpoint,
                {"wallet_id": wallet_id, "symbol": symbol, "offset": offset, "limit": limit, "from_": from_, "to": to},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def get_wallet_balance_summary(
        self,
        wallet_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WalletBalanceSummaryResponse:
        """Returns one wallet's balance in each asset it holds, with when the balances were last refreshed.

        ``GET /v0/wallets/{wallet_id}/balances``

        Args:
            wallet_id: Id of the wallet, as `list_wallets` gives it.

        Returns:
            WalletBalanceSummaryResponse: What `get_wallet_balance_summary` returns: one wallet's total balance with the share of
                each asset.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_wallet_balance_summary")

        return cast(
            "WalletBalanceSummaryResponse",
            self._caller.call(
                endpoint,
                {"wallet_id": wallet_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class WalletAssetsResourceWithRawResponse:
    """``WalletAssetsResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = WalletAssetsResource(caller)
        self.list_wallet_assets = raw_response(resource.list_wallet_assets)
        self.list_wallet_asset_transactions = raw_response(resource.list_wallet_asset_transactions)
        self.get_wallet_balance_summary = raw_response(resource.get_wallet_balance_summary)


class AsyncWalletAssetsResource:
    """Operations tagged `wallet_assets`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_wallet_assets(
        self,
        wallet_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WalletAssetListResponse:
        """Lists the assets one wallet holds, with balances and values.

        ``GET /v0/wallets/{wallet_id}/assets``

        Args:
            wallet_id: Id of the wallet, as `list_wallets` gives it.

        Returns:
            WalletAssetListResponse: What `list_wallet_assets` returns; it lists the assets one wallet holds, with balances
                and values.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_wallet_assets")

        return cast(
            "WalletAssetListResponse",
            await self._caller.call(
                endpoint,
                {"wallet_id": wallet_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def list_wallet_asset_transactions(
        self,
        wallet_id: str,
        symbol: str,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 50,
        from_: datetime.datetime | int | Unset | None = UNSET,
        to: datetime.datetime | int | Unset | None = UNSET,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WalletAssetTransactionsResponse:
        """Lists the transactions of one asset in one wallet, filterable by date, a page at a time.

        ``GET /v0/wallets/{wallet_id}/assets/{symbol}/transactions``

        Args:
            wallet_id: Id of the wallet, as `list_wallets` gives it.
            symbol: Ticker symbol of the asset, such as `USDC`.
            offset: How many items to skip before the page starts (0 by default).
            limit: Most items to return in one page (1 to 100, 50 by default).
            from_: Earliest transaction time to include, in epoch milliseconds. Give an aware
                ``datetime.datetime`` or an int of epoch milliseconds (sent as such); a naive datetime
                raises ``ParameterError`` and nothing is sent.
            to: Latest transaction time to include, in epoch milliseconds. Give an aware
                ``datetime.datetime`` or an int of epoch milliseconds (sent as such); a naive datetime
                raises ``ParameterError`` and nothing is sent.

        Returns:
            WalletAssetTransactionsResponse: What `list_wallet_asset_transactions` returns; it lists the transactions of one asset in
                one wallet, filterable by date, a page at a time.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_wallet_asset_transactions")

        return cast(
            "WalletAssetTransactionsResponse",
            await self._caller.call(
                endpoint,
                {"wallet_id": wallet_id, "symbol": symbol, "offset": offset, "limit": limit, "from_": from_, "to": to},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def get_wallet_balance_summary(
        self,
        wallet_id: str,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> WalletBalanceSummaryResponse:
        """Returns one wallet's balance in each asset it holds, with when the balances were last refreshed.

        ``GET /v0/wallets/{wallet_id}/balances``

        Args:
            wallet_id: Id of the wallet, as `list_wallets` gives it.

        Returns:
            WalletBalanceSummaryResponse: What `get_wallet_balance_summary` returns: one wallet's total balance with the share of
                each asset.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            PermissionDeniedError: 403, the caller may not do this.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_wallet_balance_summary")

        return cast(
            "WalletBalanceSummaryResponse",
            await self._caller.call(
                endpoint,
                {"wallet_id": wallet_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AsyncWalletAssetsResourceWithRawResponse:
    """``AsyncWalletAssetsResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncWalletAssetsResource(caller)
        self.list_wallet_assets = async_raw_response(resource.list_wallet_assets)
        self.list_wallet_asset_transactions = async_raw_response(resource.list_wallet_asset_transactions)
        self.get_wallet_balance_summary = async_raw_response(resource.get_wallet_balance_summary)
