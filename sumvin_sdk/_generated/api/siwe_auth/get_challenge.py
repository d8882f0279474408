from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from sumvin_sdk._json import loads

from ... import errors
from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...parameters import Limits, Parameter, Shape
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...models.deployable_chain import DeployableChain
    from ...models.http_validation_error_detail import HTTPValidationErrorDetail
    from ...models.problem_detail import ProblemDetail
    from ...models.siwe_challenge_response import SiweChallengeResponse

    pass


def _get_kwargs(
    *,
    address: str,
    chain_id: DeployableChain,
) -> dict[str, Any]:
    if not TYPE_CHECKING:
        DeployableChain = _models.DeployableChain

    params: dict[str, Any] = {}

    params["address"] = address

    json_chain_id = DeployableChain(chain_id).value
    params["chain_id"] = json_chain_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/auth/siwe/challenge",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationErrorDetail | ProblemDetail | SiweChallengeResponse | None:
    if not TYPE_CHECKING:
        HTTPValidationErrorDetail = _models.HTTPValidationErrorDetail
        ProblemDetail = _models.ProblemDetail
        SiweChallengeResponse = _models.SiweChallengeResponse
    if response.status_code == 200:
        response_200 = SiweChallengeResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ProblemDetail.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(loads(response.content))

        return response_401

    if response.status_code == 422:
        response_422 = HTTPValidationErrorDetail.from_dict(loads(response.content))

        return response_422

    if response.status_code == 429:
        response_429 = ProblemDetail.from_dict(loads(response.content))

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationErrorDetail | ProblemDetail | SiweChallengeResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    address: str,
    chain_id: DeployableChain,
) -> Response[HTTPValidationErrorDetail | ProblemDetail | SiweChallengeResponse]:
    """Returns a Sign-In with Ethereum message for an address and chain, to be signed by the wallet.

    Args:
        address: Wallet address that will sign (0x and 40 hex digits).
        chain_id: Chain the signed-in wallet is on.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationErrorDetail | ProblemDetail | SiweChallengeResponse]

    """

    kwargs = _get_kwargs(
        address=address,
        chain_id=chain_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    address: str,
    chain_id: DeployableChain,
) -> HTTPValidationErrorDetail | ProblemDetail | SiweChallengeResponse | None:
    """Returns a Sign-In with Ethereum message for an address and chain, to be signed by the wallet.

    Args:
        address: Wallet address that will sign (0x and 40 hex digits).
        chain_id: Chain the signed-in wallet is on.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationErrorDetail | ProblemDetail | SiweChallengeResponse

    """

    return sync_detailed(
        client=client,
        address=address,
        chain_id=chain_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    address: str,
    chain_id: DeployableChain,
) -> Response[HTTPValidationErrorDetail | ProblemDetail | SiweChallengeResponse]:
    """Returns a Sign-In with Ethereum message for an address and chain, to be signed by the wallet.

    Args:
        address: Wallet address that will sign (0x and 40 hex digits).
        chain_id: Chain the signed-in wallet is on.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationErrorDetail | ProblemDetail | SiweChallengeResponse]

    """

    kwargs = _get_kwargs(
        address=address,
        chain_id=chain_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    address: str,
    chain_id: DeployableChain,
) -> HTTPValidationErrorDetail | ProblemDetail | SiweChallengeResponse | None:
    """Returns a Sign-In with Ethereum message for an address and chain, to be signed by the wallet.

    Args:
        address: Wallet address that will sign (0x and 40 hex digits).
        chain_id: Chain the signed-in wallet is on.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationErrorDetail | ProblemDetail | SiweChallengeResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            address=address,
            chain_id=chain_id,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "address": Parameter(
        "address",
        "address",
        "query",
        required=True,
        shape=Shape(kinds=("string",), limits=Limits(max_length=42, min_length=42, pattern="^0x[0-9a-fA-F]{40}$")),
        format=None,
    ),
    "chain_id": Parameter(
        "chain_id",
        "chain_id",
        "query",
        required=True,
        shape=Shape(kinds=("integer",), values=(1329, 1328), enum="DeployableChain"),
        format=None,
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
