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
    from ...models.asset_price_response import AssetPriceResponse
    from ...models.http_validation_error import HTTPValidationError
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    symbol: str,
    *,
    chain_id: int | Unset | None = UNSET,
    currency: str | Unset = "USD",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_chain_id: int | Unset | None
    if isinstance(chain_id, Unset):
        json_chain_id = UNSET
    else:
        json_chain_id = chain_id
    params["chain_id"] = json_chain_id

    params["currency"] = currency

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/assets/{symbol}/price".format(
            symbol=path_segment("symbol", symbol),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssetPriceResponse | HTTPValidationError | ProblemDetail | None:
    if not TYPE_CHECKING:
        AssetPriceResponse = _models.AssetPriceResponse
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = AssetPriceResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ProblemDetail.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(loads(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = ProblemDetail.from_dict(loads(response.content))

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(loads(response.content))

        return response_422

    if response.status_code == 502:
        response_502 = ProblemDetail.from_dict(loads(response.content))

        return response_502

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AssetPriceResponse | HTTPValidationError | ProblemDetail]:
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
    chain_id: int | Unset | None = UNSET,
    currency: str | Unset = "USD",
) -> Response[AssetPriceResponse | HTTPValidationError | ProblemDetail]:
    """Returns an asset's current price in a fiat currency.

    Args:
        symbol: Ticker symbol of the asset, such as `USDC`.
        chain_id: EVM chain id of the asset; the default chain when omitted.
        currency: Fiat currency to price the asset in (ISO 4217 code).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[AssetPriceResponse | HTTPValidationError | ProblemDetail]

    """

    kwargs = _get_kwargs(
        symbol=symbol,
        chain_id=chain_id,
        currency=currency,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    symbol: str,
    *,
    client: AuthenticatedClient,
    chain_id: int | Unset | None = UNSET,
    currency: str | Unset = "USD",
) -> AssetPriceResponse | HTTPValidationError | ProblemDetail | None:
    """Returns an asset's current price in a fiat currency.

    Args:
        symbol: Ticker symbol of the asset, such as `USDC`.
        chain_id: EVM chain id of the asset; the default chain when omitted.
        currency: Fiat currency to price the asset in (ISO 4217 code).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        AssetPriceResponse | HTTPValidationError | ProblemDetail

    """

    return sync_detailed(
        symbol=symbol,
        client=client,
        chain_id=chain_id,
        currency=currency,
    ).parsed


async def asyncio_detailed(
    symbol: str,
    *,
    client: AuthenticatedClient,
    chain_id: int | Unset | None = UNSET,
    currency: str | Unset = "USD",
) -> Response[AssetPriceResponse | HTTPValidationError | ProblemDetail]:
    """Returns an asset's current price in a fiat currency.

    Args:
        symbol: Ticker symbol of the asset, such as `USDC`.
        chain_id: EVM chain id of the asset; the default chain when omitted.
        currency: Fiat currency to price the asset in (ISO 4217 code).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[AssetPriceResponse | HTTPValidationError | ProblemDetail]

    """

    kwargs = _get_kwargs(
        symbol=symbol,
        chain_id=chain_id,
        currency=currency,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    symbol: str,
    *,
    client: AuthenticatedClient,
    chain_id: int | Unset | None = UNSET,
    currency: str | Unset = "USD",
) -> AssetPriceResponse | HTTPValidationError | ProblemDetail | None:
    """Returns an asset's current price in a fiat currency.

    Args:
        symbol: Ticker symbol of the asset, such as `USDC`.
        chain_id: EVM chain id of the asset; the default chain when omitted.
        currency: Fiat currency to price the asset in (ISO 4217 code).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        AssetPriceResponse | HTTPValidationError | ProblemDetail

    """

    return (
        await asyncio_detailed(
            symbol=symbol,
            client=client,
            chain_id=chain_id,
            currency=currency,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "symbol": Parameter("symbol", "symbol", "path", required=True, shape=Shape(kinds=("string",)), format=None),
    "chain_id": Parameter(
        "chain_id", "chain_id", "query", required=False, shape=Shape(kinds=("integer", "null")), format=None
    ),
    "currency": Parameter("currency", "currency", "query", required=False, shape=Shape(kinds=("string",)), format=None),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
