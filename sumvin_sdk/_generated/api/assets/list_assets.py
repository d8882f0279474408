from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from sumvin_sdk._json import loads

from ... import errors
from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...parameters import Limits, Parameter, Shape
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.asset_list_response import AssetListResponse
    from ...models.asset_type import AssetType
    from ...models.http_validation_error import HTTPValidationError
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    *,
    chain_id: int | Unset | None = UNSET,
    asset_type: AssetType | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> dict[str, Any]:
    if not TYPE_CHECKING:
        AssetType = _models.AssetType

    params: dict[str, Any] = {}

    json_chain_id: int | Unset | None
    if isinstance(chain_id, Unset):
        json_chain_id = UNSET
    else:
        json_chain_id = chain_id
    params["chain_id"] = json_chain_id

    json_asset_type: str | Unset | None
    if isinstance(asset_type, Unset):
        json_asset_type = UNSET
    elif isinstance(asset_type, AssetType):
        json_asset_type = AssetType(asset_type).value
    else:
        json_asset_type = asset_type
    params["asset_type"] = json_asset_type

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/assets/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssetListResponse | HTTPValidationError | ProblemDetail | None:
    if not TYPE_CHECKING:
        AssetListResponse = _models.AssetListResponse
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = AssetListResponse.from_dict(loads(response.content))

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
) -> Response[AssetListResponse | HTTPValidationError | ProblemDetail]:
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
    asset_type: AssetType | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> Response[AssetListResponse | HTTPValidationError | ProblemDetail]:
    """Lists the assets Sumvin supports, optionally by chain or asset type.

    Args:
        chain_id: Only assets on this EVM chain id.
        asset_type: Only assets of this type.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 50 by default).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[AssetListResponse | HTTPValidationError | ProblemDetail]

    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        asset_type=asset_type,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    chain_id: int | Unset | None = UNSET,
    asset_type: AssetType | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> AssetListResponse | HTTPValidationError | ProblemDetail | None:
    """Lists the assets Sumvin supports, optionally by chain or asset type.

    Args:
        chain_id: Only assets on this EVM chain id.
        asset_type: Only assets of this type.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 50 by default).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        AssetListResponse | HTTPValidationError | ProblemDetail

    """

    return sync_detailed(
        client=client,
        chain_id=chain_id,
        asset_type=asset_type,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    chain_id: int | Unset | None = UNSET,
    asset_type: AssetType | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> Response[AssetListResponse | HTTPValidationError | ProblemDetail]:
    """Lists the assets Sumvin supports, optionally by chain or asset type.

    Args:
        chain_id: Only assets on this EVM chain id.
        asset_type: Only assets of this type.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 50 by default).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[AssetListResponse | HTTPValidationError | ProblemDetail]

    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        asset_type=asset_type,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    chain_id: int | Unset | None = UNSET,
    asset_type: AssetType | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> AssetListResponse | HTTPValidationError | ProblemDetail | None:
    """Lists the assets Sumvin supports, optionally by chain or asset type.

    Args:
        chain_id: Only assets on this EVM chain id.
        asset_type: Only assets of this type.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 50 by default).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        AssetListResponse | HTTPValidationError | ProblemDetail

    """

    return (
        await asyncio_detailed(
            client=client,
            chain_id=chain_id,
            asset_type=asset_type,
            offset=offset,
            limit=limit,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "chain_id": Parameter(
        "chain_id", "chain_id", "query", required=False, shape=Shape(kinds=("integer", "null")), format=None
    ),
    "asset_type": Parameter(
        "asset_type",
        "asset_type",
        "query",
        required=False,
        shape=Shape(kinds=("string", "null"), values=("crypto", "fiat"), enum="AssetType"),
        format=None,
    ),
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
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
