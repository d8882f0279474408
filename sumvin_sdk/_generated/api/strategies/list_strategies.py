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
    from ...models.strategy_list_response import StrategyListResponse

    pass


def _get_kwargs(
    *,
    connector_id: str | Unset | None = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_connector_id: str | Unset | None
    if isinstance(connector_id, Unset):
        json_connector_id = UNSET
    else:
        json_connector_id = connector_id
    params["connector_id"] = json_connector_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/strategies/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ProblemDetail | StrategyListResponse | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
        StrategyListResponse = _models.StrategyListResponse
    if response.status_code == 200:
        response_200 = StrategyListResponse.from_dict(loads(response.content))

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
) -> Response[HTTPValidationError | ProblemDetail | StrategyListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    connector_id: str | Unset | None = UNSET,
) -> Response[HTTPValidationError | ProblemDetail | StrategyListResponse]:
    """Lists the strategies the catalogue offers, each with whether the user has enabled it.

    Args:
        connector_id: Only strategies that use this connector.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | StrategyListResponse]

    """

    kwargs = _get_kwargs(
        connector_id=connector_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    connector_id: str | Unset | None = UNSET,
) -> HTTPValidationError | ProblemDetail | StrategyListResponse | None:
    """Lists the strategies the catalogue offers, each with whether the user has enabled it.

    Args:
        connector_id: Only strategies that use this connector.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | StrategyListResponse

    """

    return sync_detailed(
        client=client,
        connector_id=connector_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    connector_id: str | Unset | None = UNSET,
) -> Response[HTTPValidationError | ProblemDetail | StrategyListResponse]:
    """Lists the strategies the catalogue offers, each with whether the user has enabled it.

    Args:
        connector_id: Only strategies that use this connector.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | StrategyListResponse]

    """

    kwargs = _get_kwargs(
        connector_id=connector_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    connector_id: str | Unset | None = UNSET,
) -> HTTPValidationError | ProblemDetail | StrategyListResponse | None:
    """Lists the strategies the catalogue offers, each with whether the user has enabled it.

    Args:
        connector_id: Only strategies that use this connector.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | StrategyListResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            connector_id=connector_id,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "connector_id": Parameter(
        "connector_id", "connector_id", "query", required=False, shape=Shape(kinds=("string", "null")), format=None
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
