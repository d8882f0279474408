from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from sumvin_sdk._json import loads
from sumvin_sdk._paths import path_segment

from ... import errors
from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...parameters import Limits, Parameter, Shape
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.http_validation_error import HTTPValidationError
    from ...models.problem_detail import ProblemDetail
    from ...models.wallet_asset_transactions_response import WalletAssetTransactionsResponse

    pass


def _get_kwargs(
    wallet_id: str,
    symbol: str,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    from_: int | Unset | None = UNSET,
    to: int | Unset | None = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    json_from_: int | Unset | None
    if isinstance(from_, Unset):
        json_from_ = UNSET
    else:
        json_from_ = from_
    params["from"] = json_from_

    json_to: int | Unset | None
    if isinstance(to, Unset):
        json_to = UNSET
    else:
        json_to = to
    params["to"] = json_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/wallets/{wallet_id}/assets/{symbol}/transactions".format(
            wallet_id=path_segment("wallet_id", wallet_id),
            symbol=path_segment("symbol", symbol),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ProblemDetail | WalletAssetTransactionsResponse | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
        WalletAssetTransactionsResponse = _models.WalletAssetTransactionsResponse
    if response.status_code == 200:
        response_200 = WalletAssetTransactionsResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetail.from_dict(loads(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = ProblemDetail.from_dict(loads(response.content))

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(loads(response.content))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | ProblemDetail | WalletAssetTransactionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    wallet_id: str,
    symbol: str,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    from_: int | Unset | None = UNSET,
    to: int | Unset | None = UNSET,
) -> Response[HTTPValidationError | ProblemDetail | WalletAssetTransactionsResponse]:
    """Lists the transactions of one asset in one wallet, filterable by date, a page at a time.

    Args:
        wallet_id: Id of the wallet, as `list_wallets` gives it.
        symbol: Ticker symbol of the asset, such as `USDC`.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 50 by default).
        from_: Earliest transaction time to include, in epoch milliseconds.
        to: Latest transaction time to include, in epoch milliseconds.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | WalletAssetTransactionsResponse]

    """

    kwargs = _get_kwargs(
        wallet_id=wallet_id,
        symbol=symbol,
        offset=offset,
        limit=limit,
        from_=from_,
        to=to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    wallet_id: str,
    symbol: str,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    from_: int | Unset | None = UNSET,
    to: int | Unset | None = UNSET,
) -> HTTPValidationError | ProblemDetail | WalletAssetTransactionsResponse | None:
    """Lists the transactions of one asset in one wallet, filterable by date, a page at a time.

    Args:
        wallet_id: Id of the wallet, as `list_wallets` gives it.
        symbol: Ticker symbol of the asset, such as `USDC`.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 50 by default).
        from_: Earliest transaction time to include, in epoch milliseconds.
        to: Latest transaction time to include, in epoch milliseconds.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | WalletAssetTransactionsResponse

    """

    return sync_detailed(
        wallet_id=wallet_id,
        symbol=symbol,
        client=client,
        offset=offset,
        limit=limit,
        from_=from_,
        to=to,
    ).parsed


async def asyncio_detailed(
    wallet_id: str,
    symbol: str,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    from_: int | Unset | None = UNSET,
    to: int | Unset | None = UNSET,
) -> Response[HTTPValidationError | ProblemDetail | WalletAssetTransactionsResponse]:
    """Lists the transactions of one asset in one wallet, filterable by date, a page at a time.

    Args:
        wallet_id: Id of the wallet, as `list_wallets` gives it.
        symbol: Ticker symbol of the asset, such as `USDC`.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 50 by default).
        from_: Earliest transaction time to include, in epoch milliseconds.
        to: Latest transaction time to include, in epoch milliseconds.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | WalletAssetTransactionsResponse]

    """

    kwargs = _get_kwargs(
        wallet_id=wallet_id,
        symbol=symbol,
        offset=offset,
        limit=limit,
        from_=from_,
        to=to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    wallet_id: str,
    symbol: str,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    from_: int | Unset | None = UNSET,
    to: int | Unset | None = UNSET,
) -> HTTPValidationError | ProblemDetail | WalletAssetTransactionsResponse | None:
    """Lists the transactions of one asset in one wallet, filterable by date, a page at a time.

    Args:
        wallet_id: Id of the wallet, as `list_wallets` gives it.
        symbol: Ticker symbol of the asset, such as `USDC`.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 50 by default).
        from_: Earliest transaction time to include, in epoch milliseconds.
        to: Latest transaction time to include, in epoch milliseconds.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | WalletAssetTransactionsResponse

    """

    return (
        await asyncio_detailed(
            wallet_id=wallet_id,
            symbol=symbol,
            client=client,
            offset=offset,
            limit=limit,
            from_=from_,
            to=to,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "wallet_id": Parameter(
        "wallet_id", "wallet_id", "path", required=True, shape=Shape(kinds=("string",)), format=None
    ),
    "symbol": Parameter("symbol", "symbol", "path", required=True, shape=Shape(kinds=("string",)), format=None),
    "offset": Parameter(
        "offset",
        "offset",
        "query",
        required=False,
        shape=Shape(kinds=("integer",), limits=Limits(minimum=0)),
        format=None,
    ),
    "limit": Parameter(
        "limit",
        "limit",
        "query",
        required=False,
        shape=Shape(kinds=("integer",), limits=Limits(maximum=100, minimum=1)),
        format=None,
    ),
    "from_": Parameter(
        "from", "from_", "query", required=False, shape=Shape(kinds=("integer", "null")), format="epoch-ms"
    ),
    "to": Parameter("to", "to", "query", required=False, shape=Shape(kinds=("integer", "null")), format="epoch-ms"),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
