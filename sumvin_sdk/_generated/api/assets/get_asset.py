from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from sumvin_sdk._json import loads
from sumvin_sdk._paths import path_segment

from ... import errors
from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...parameters import Parameter, Shape
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.asset_response import AssetResponse
    from ...models.http_validation_error import HTTPValidationError
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    symbol: str,
    *,
    chain_id: int | Unset = 1329,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["chain_id"] = chain_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/assets/{symbol}".format(
            symbol=path_segment("symbol", symbol),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssetResponse | HTTPValidationError | ProblemDetail | None:
    if not TYPE_CHECKING:
        AssetResponse = _models.AssetResponse
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = AssetResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(loads(response.content))

        return response_401

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
) -> Response[AssetResponse | HTTPValidationError | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    symbol: str,
    *,
    client: AuthenticatedClient,
    chain_id: int | Unset = 1329,
) -> Response[AssetResponse | HTTPValidationError | ProblemDetail]:
    """Returns one supported asset on a chain.

    Args:
        symbol: Ticker symbol of the asset, such as `USDC`.
        chain_id: EVM chain id the asset is looked up on (1329, Sei, by default).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[AssetResponse | HTTPValidationError | ProblemDetail]

    """

    kwargs = _get_kwargs(
        symbol=symbol,
        chain_id=chain_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    symbol: str,
    *,
    client: AuthenticatedClient,
    chain_id: int | Unset = 1329,
) -> AssetResponse | HTTPValidationError | ProblemDetail | None:
    """Returns one supported asset on a chain.

    Args:
        symbol: Ticker symbol of the asset, such as `USDC`.
        chain_id: EVM chain id the asset is looked up on (1329, Sei, by default).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        AssetResponse | HTTPValidationError | ProblemDetail

    """

    return sync_detailed(
        symbol=symbol,
        client=client,
        chain_id=chain_id,
    ).parsed


async def asyncio_detailed(
    symbol: str,
    *,
    client: AuthenticatedClient,
    chain_id: int | Unset = 1329,
) -> Response[AssetResponse | HTTPValidationError | ProblemDetail]:
    """Returns one supported asset on a chain.

    Args:
        symbol: Ticker symbol of the asset, such as `USDC`.
        chain_id: EVM chain id the asset is looked up on (1329, Sei, by default).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[AssetResponse | HTTPValidationError | ProblemDetail]

    """

    kwargs = _get_kwargs(
        symbol=symbol,
        chain_id=chain_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    symbol: str,
    *,
    client: AuthenticatedClient,
    chain_id: int | Unset = 1329,
) -> AssetResponse | HTTPValidationError | ProblemDetail | None:
    """Returns one supported asset on a chain.

    Args:
        symbol: Ticker symbol of the asset, such as `USDC`.
        chain_id: EVM chain id the asset is looked up on (1329, Sei, by default).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        AssetResponse | HTTPValidationError | ProblemDetail

    """

    return (
        await asyncio_detailed(
            symbol=symbol,
            client=client,
            chain_id=chain_id,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "symbol": Parameter("symbol", "symbol", "path", required=True, shape=Shape(kinds=("string",)), format=None),
    "chain_id": Parameter(
        "chain_id", "chain_id", "query", required=False, shape=Shape(kinds=("integer",)), format=None
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
