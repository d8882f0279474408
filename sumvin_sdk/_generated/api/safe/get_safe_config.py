from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from sumvin_sdk._json import loads

from ... import errors
from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...parameters import Parameter, Shape
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...models.http_validation_error import HTTPValidationError
    from ...models.problem_detail import ProblemDetail
    from ...models.safe_config_response import SafeConfigResponse

    pass


def _get_kwargs(
    *,
    chain_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["chain_id"] = chain_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/safe/config",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ProblemDetail | SafeConfigResponse | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
        SafeConfigResponse = _models.SafeConfigResponse
    if response.status_code == 200:
        response_200 = SafeConfigResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ProblemDetail.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(loads(response.content))

        return response_401

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(loads(response.content))

        return response_422

    if response.status_code == 424:
        response_424 = ProblemDetail.from_dict(loads(response.content))

        return response_424

    if response.status_code == 500:
        response_500 = ProblemDetail.from_dict(loads(response.content))

        return response_500

    if response.status_code == 502:
        response_502 = ProblemDetail.from_dict(loads(response.content))

        return response_502

    if response.status_code == 503:
        response_503 = ProblemDetail.from_dict(loads(response.content))

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | ProblemDetail | SafeConfigResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    chain_id: int,
) -> Response[HTTPValidationError | ProblemDetail | SafeConfigResponse]:
    """Returns the contract addresses and settings needed to deploy a Safe on a chain.

    Args:
        chain_id: EVM chain id to deploy the Safe on.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | SafeConfigResponse]

    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    chain_id: int,
) -> HTTPValidationError | ProblemDetail | SafeConfigResponse | None:
    """Returns the contract addresses and settings needed to deploy a Safe on a chain.

    Args:
        chain_id: EVM chain id to deploy the Safe on.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | SafeConfigResponse

    """

    return sync_detailed(
        client=client,
        chain_id=chain_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    chain_id: int,
) -> Response[HTTPValidationError | ProblemDetail | SafeConfigResponse]:
    """Returns the contract addresses and settings needed to deploy a Safe on a chain.

    Args:
        chain_id: EVM chain id to deploy the Safe on.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | SafeConfigResponse]

    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    chain_id: int,
) -> HTTPValidationError | ProblemDetail | SafeConfigResponse | None:
    """Returns the contract addresses and settings needed to deploy a Safe on a chain.

    Args:
        chain_id: EVM chain id to deploy the Safe on.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | SafeConfigResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            chain_id=chain_id,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "chain_id": Parameter("chain_id", "chain_id", "query", required=True, shape=Shape(kinds=("integer",)), format=None),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
