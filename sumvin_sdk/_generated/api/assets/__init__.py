"""Operations tagged `assets`: one module per operation, and the resource classes
``Sumvin.assets`` and ``AsyncSumvin.assets`` are made of."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, AsyncCaller, Caller, async_raw_response, operation_module, raw_response, request_options

if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Literal

    import httpx

    from ...models.asset_list_response import AssetListResponse
    from ...models.asset_price_response import AssetPriceResponse
    from ...models.asset_response import AssetResponse
    from ...models.asset_type import AssetType
    from ...types import Unset

    pass

#: (HTTP method, path template) -> module name, for each operation in this package.
ENDPOINTS: dict[tuple[str, str], str] = {
    ("get", "/v0/assets/"): "list_assets",
    ("get", "/v0/assets/{symbol}"): "get_asset",
    ("get", "/v0/assets/{symbol}/price"): "get_asset_price",
}


class AssetsResource:
    """Operations tagged `assets`; each returns its success model or raises an ``APIStatusError``.

    Every method also takes the per-request options ``timeout``, ``extra_headers``, ``extra_query``,
    ``extra_body`` and ``max_retries`` (see ``RequestOptions``).
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_assets(
        self,
        *,
        chain_id: int | Unset | None = UNSET,
        asset_type: AssetType | Literal["crypto", "fiat"] | Unset | None = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 50,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AssetListResponse:
        """Lists the assets Sumvin supports, optionally by chain or asset type.

        ``GET /v0/assets/``

        Args:
            chain_id: Only assets on this EVM chain id.
            asset_type: Only assets of this type.
            offset: How many items to skip before the page starts (0 by default).
            limit: Most items to return in one page (1 to 100, 50 by default).

        Returns:
            AssetListResponse: What `list_assets` returns; it lists the assets Sumvin supports, optionally by chain or
                asset type.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_assets")

        return cast(
            "AssetListResponse",
            self._caller.call(
                endpoint,
                {"chain_id": chain_id, "asset_type": asset_type, "offset": offset, "limit": limit},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def get_asset(
        self,
        symbol: str,
        *,
        chain_id: int | Unset = 1329,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AssetResponse:
        """Returns one supported asset on a chain.

        ``GET /v0/assets/{symbol}``

        Args:
            symbol: Ticker symbol of the asset, such as `USDC`.
            chain_id: EVM chain id the asset is looked up on (1329, Sei, by default).

        Returns:
            AssetResponse: What `get_asset` returns: one supported asset on a chain.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_asset")

        return cast(
            "AssetResponse",
            self._caller.call(
                endpoint,
                {"symbol": symbol, "chain_id": chain_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    def get_asset_price(
        self,
        symbol: str,
        *,
        chain_id: int | Unset | None = UNSET,
        currency: str | Unset = "USD",
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AssetPriceResponse:
        """Returns an asset's current price in a fiat currency.

        ``GET /v0/assets/{symbol}/price``

        Args:
            symbol: Ticker symbol of the asset, such as `USDC`.
            chain_id: EVM chain id of the asset; the default chain when omitted.
            currency: Fiat currency to price the asset in (ISO 4217 code).

        Returns:
            AssetPriceResponse: What `get_asset_price` returns: an asset's current price in a fiat currency.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 502, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_asset_price")

        return cast(
            "AssetPriceResponse",
            self._caller.call(
                endpoint,
                {"symbol": symbol, "chain_id": chain_id, "currency": currency},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AssetsResourceWithRawResponse:
    """``AssetsResource`` whose methods return an ``APIResponse`` (status, headers, parsed body, the response)."""

    def __init__(self, caller: Caller) -> None:
        resource = AssetsResource(caller)
        self.list_assets = raw_response(resource.list_assets)
        self.get_asset = raw_response(resource.get_asset)
        self.get_asset_price = raw_response(resource.get_asset_price)


class AsyncAssetsResource:
    """Operations tagged `assets`, awaitable; each returns its success model or raises an ``APIStatusError``."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_assets(
        self,
        *,
        chain_id: int | Unset | None = UNSET,
        asset_type: AssetType | Literal["crypto", "fiat"] | Unset | None = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 50,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AssetListResponse:
        """Lists the assets Sumvin supports, optionally by chain or asset type.

        ``GET /v0/assets/``

        Args:
            chain_id: Only assets on this EVM chain id.
            asset_type: Only assets of this type.
            offset: How many items to skip before the page starts (0 by default).
            limit: Most items to return in one page (1 to 100, 50 by default).

        Returns:
            AssetListResponse: What `list_assets` returns; it lists the assets Sumvin supports, optionally by chain or
                asset type.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "list_assets")

        return cast(
            "AssetListResponse",
            await self._caller.call(
                endpoint,
                {"chain_id": chain_id, "asset_type": asset_type, "offset": offset, "limit": limit},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def get_asset(
        self,
        symbol: str,
        *,
        chain_id: int | Unset = 1329,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AssetResponse:
        """Returns one supported asset on a chain.

        ``GET /v0/assets/{symbol}``

        Args:
            symbol: Ticker symbol of the asset, such as `USDC`.
            chain_id: EVM chain id the asset is looked up on (1329, Sei, by default).

        Returns:
            AssetResponse: What `get_asset` returns: one supported asset on a chain.

        Raises:
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_asset")

        return cast(
            "AssetResponse",
            await self._caller.call(
                endpoint,
                {"symbol": symbol, "chain_id": chain_id},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )

    async def get_asset_price(
        self,
        symbol: str,
        *,
        chain_id: int | Unset | None = UNSET,
        currency: str | Unset = "USD",
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> AssetPriceResponse:
        """Returns an asset's current price in a fiat currency.

        ``GET /v0/assets/{symbol}/price``

        Args:
            symbol: Ticker symbol of the asset, such as `USDC`.
            chain_id: EVM chain id of the asset; the default chain when omitted.
            currency: Fiat currency to price the asset in (ISO 4217 code).

        Returns:
            AssetPriceResponse: What `get_asset_price` returns: an asset's current price in a fiat currency.

        Raises:
            BadRequestError: 400, the request was malformed.
            AuthenticationError: 401, no credential the operation accepts was valid.
            NotFoundError: 404, the resource does not exist for this caller.
            UnprocessableEntityError: 422, the request is invalid; ``field_errors`` says where.
            InternalServerError: 502, the API or a service behind it failed.
            MissingCredentialError: No credential the operation accepts is configured; nothing was sent.
            ParameterError: An argument of a type or form its parameter does not take; nothing was sent.
            APIStatusError: Any other error status (the base class of the above).
            ResponseValidationError: A success response that does not match the contract.
            APIConnectionError: No response arrived (``APITimeoutError`` when the timeout ran out).
        """
        endpoint = operation_module(__name__, "get_asset_price")

        return cast(
            "AssetPriceResponse",
            await self._caller.call(
                endpoint,
                {"symbol": symbol, "chain_id": chain_id, "currency": currency},
                request_options(timeout, extra_headers, extra_query, extra_body, max_retries),
            ),
        )


class AsyncAssetsResourceWithRawResponse:
    """``AsyncAssetsResource`` whose methods return an ``APIResponse``."""

    def __init__(self, caller: AsyncCaller) -> None:
        resource = AsyncAssetsResource(caller)
        self.list_assets = async_raw_response(resource.list_assets)
        self.get_asset = async_raw_response(resource.get_asset)
        self.get_asset_price = async_raw_response(resource.get_asset_price)
