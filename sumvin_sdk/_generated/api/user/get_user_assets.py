from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Literal

import httpx

from sumvin_sdk._json import loads

from ... import errors
from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...parameters import Parameter, Shape
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.http_validation_error import HTTPValidationError
    from ...models.problem_detail import ProblemDetail
    from ...models.user_assets_response import UserAssetsResponse

    pass


def _get_kwargs(
    *,
    expand: list[Literal["wallet"]] | Unset = UNSET,
    chain_id: int | Unset | None = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_expand: list[Literal["wallet"]] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = expand

    params["expand"] = json_expand

    json_chain_id: int | Unset | None
    if isinstance(chain_id, Unset):
        json_chain_id = UNSET
    else:
        json_chain_id = chain_id
    params["chain_id"] = json_chain_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/user/me/assets",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ProblemDetail | UserAssetsResponse | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
        UserAssetsResponse = _models.UserAssetsResponse
    if response.status_code == 200:
        response_200 = UserAssetsResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(loads(response.content))

        return response_401

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(loads(response.content))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | ProblemDetail | UserAssetsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    expand: list[Literal["wallet"]] | Unset = UNSET,
    chain_id: int | Unset | None = UNSET,
) -> Response[HTTPValidationError | ProblemDetail | UserAssetsResponse]:
    """Returns the user's asset holdings summed over all wallets, optionally broken down per wallet.

    Args:
        expand: Pass `wallet` to break each holding down per wallet.
        chain_id: Count only holdings on this EVM chain id.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | UserAssetsResponse]

    """

    kwargs = _get_kwargs(
        expand=expand,
        chain_id=chain_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    expand: list[Literal["wallet"]] | Unset = UNSET,
    chain_id: int | Unset | None = UNSET,
) -> HTTPValidationError | ProblemDetail | UserAssetsResponse | None:
    """Returns the user's asset holdings summed over all wallets, optionally broken down per wallet.

    Args:
        expand: Pass `wallet` to break each holding down per wallet.
        chain_id: Count only holdings on this EVM chain id.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | UserAssetsResponse

    """

    return sync_detailed(
        client=client,
        expand=expand,
        chain_id=chain_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    expand: list[Literal["wallet"]] | Unset = UNSET,
    chain_id: int | Unset | None = UNSET,
) -> Response[HTTPValidationError | ProblemDetail | UserAssetsResponse]:
    """Returns the user's asset holdings summed over all wallets, optionally broken down per wallet.

    Args:
        expand: Pass `wallet` to break each holding down per wallet.
        chain_id: Count only holdings on this EVM chain id.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | UserAssetsResponse]

    """

    kwargs = _get_kwargs(
        expand=expand,
        chain_id=chain_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    expand: list[Literal["wallet"]] | Unset = UNSET,
    chain_id: int | Unset | None = UNSET,
) -> HTTPValidationError | ProblemDetail | UserAssetsResponse | None:
    """Returns the user's asset holdings summed over all wallets, optionally broken down per wallet.

    Args:
        expand: Pass `wallet` to break each holding down per wallet.
        chain_id: Count only holdings on this EVM chain id.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | UserAssetsResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            expand=expand,
            chain_id=chain_id,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "expand": Parameter(
        "expand",
        "expand",
        "query",
        required=False,
        shape=Shape(kinds=("array",), items=Shape(kinds=("string",), values=("wallet",))),
        format=None,
    ),
    "chain_id": Parameter(
        "chain_id", "chain_id", "query", required=False, shape=Shape(kinds=("integer", "null")), format=None
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
