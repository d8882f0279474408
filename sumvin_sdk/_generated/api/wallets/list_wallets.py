from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

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
    from ...models.wallet_list_response import WalletListResponse

    pass


def _get_kwargs(
    *,
    chain_id: int | Unset | None = UNSET,
    is_eoa: bool | Unset | None = UNSET,
    expand: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_chain_id: int | Unset | None
    if isinstance(chain_id, Unset):
        json_chain_id = UNSET
    else:
        json_chain_id = chain_id
    params["chain_id"] = json_chain_id

    json_is_eoa: bool | Unset | None
    if isinstance(is_eoa, Unset):
        json_is_eoa = UNSET
    else:
        json_is_eoa = is_eoa
    params["is_eoa"] = json_is_eoa

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = expand

    params["expand"] = json_expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/wallets/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ProblemDetail | WalletListResponse | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
        WalletListResponse = _models.WalletListResponse
    if response.status_code == 200:
        response_200 = WalletListResponse.from_dict(loads(response.content))

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
) -> Response[HTTPValidationError | ProblemDetail | WalletListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    chain_id: int | Unset | None = UNSET,
    is_eoa: bool | Unset | None = UNSET,
    expand: list[str] | Unset = UNSET,
) -> Response[HTTPValidationError | ProblemDetail | WalletListResponse]:
    """Lists the user's wallets, optionally filtered by chain or by whether they are plain EOAs.

    Args:
        chain_id: Only wallets on this EVM chain id.
        is_eoa: `True` for plain externally owned accounts only, `False` for smart wallets only.
        expand: Related data to embed in each wallet: `cards`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | WalletListResponse]

    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        is_eoa=is_eoa,
        expand=expand,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    chain_id: int | Unset | None = UNSET,
    is_eoa: bool | Unset | None = UNSET,
    expand: list[str] | Unset = UNSET,
) -> HTTPValidationError | ProblemDetail | WalletListResponse | None:
    """Lists the user's wallets, optionally filtered by chain or by whether they are plain EOAs.

    Args:
        chain_id: Only wallets on this EVM chain id.
        is_eoa: `True` for plain externally owned accounts only, `False` for smart wallets only.
        expand: Related data to embed in each wallet: `cards`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | WalletListResponse

    """

    return sync_detailed(
        client=client,
        chain_id=chain_id,
        is_eoa=is_eoa,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    chain_id: int | Unset | None = UNSET,
    is_eoa: bool | Unset | None = UNSET,
    expand: list[str] | Unset = UNSET,
) -> Response[HTTPValidationError | ProblemDetail | WalletListResponse]:
    """Lists the user's wallets, optionally filtered by chain or by whether they are plain EOAs.

    Args:
        chain_id: Only wallets on this EVM chain id.
        is_eoa: `True` for plain externally owned accounts only, `False` for smart wallets only.
        expand: Related data to embed in each wallet: `cards`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | WalletListResponse]

    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        is_eoa=is_eoa,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    chain_id: int | Unset | None = UNSET,
    is_eoa: bool | Unset | None = UNSET,
    expand: list[str] | Unset = UNSET,
) -> HTTPValidationError | ProblemDetail | WalletListResponse | None:
    """Lists the user's wallets, optionally filtered by chain or by whether they are plain EOAs.

    Args:
        chain_id: Only wallets on this EVM chain id.
        is_eoa: `True` for plain externally owned accounts only, `False` for smart wallets only.
        expand: Related data to embed in each wallet: `cards`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | WalletListResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            chain_id=chain_id,
            is_eoa=is_eoa,
            expand=expand,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "chain_id": Parameter(
        "chain_id", "chain_id", "query", required=False, shape=Shape(kinds=("integer", "null")), format=None
    ),
    "is_eoa": Parameter(
        "is_eoa", "is_eoa", "query", required=False, shape=Shape(kinds=("boolean", "null")), format=None
    ),
    "expand": Parameter(
        "expand",
        "expand",
        "query",
        required=False,
        shape=Shape(kinds=("array",), items=Shape(kinds=("string",))),
        format=None,
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
