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
    from ...models.http_validation_error import HTTPValidationError
    from ...models.problem_detail import ProblemDetail
    from ...models.ramp_transaction_list_response import RampTransactionListResponse

    pass


def _get_kwargs(
    *,
    status: str | Unset | None = UNSET,
    page: int | Unset = 0,
    count: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset | None
    if isinstance(status, Unset):
        json_status = UNSET
    else:
        json_status = status
    params["status"] = json_status

    params["page"] = page

    params["count"] = count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/ramp/transactions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ProblemDetail | RampTransactionListResponse | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
        RampTransactionListResponse = _models.RampTransactionListResponse
    if response.status_code == 200:
        response_200 = RampTransactionListResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetail.from_dict(loads(response.content))

        return response_403

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
) -> Response[HTTPValidationError | ProblemDetail | RampTransactionListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: str | Unset | None = UNSET,
    page: int | Unset = 0,
    count: int | Unset = 50,
) -> Response[HTTPValidationError | ProblemDetail | RampTransactionListResponse]:
    """Lists the user's ramp (buy and sell) transactions, a page at a time.

    Args:
        status: Only transactions in this provider state.
        page: Page number, from 0.
        count: Transactions per page (1 to 100).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | RampTransactionListResponse]

    """

    kwargs = _get_kwargs(
        status=status,
        page=page,
        count=count,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status: str | Unset | None = UNSET,
    page: int | Unset = 0,
    count: int | Unset = 50,
) -> HTTPValidationError | ProblemDetail | RampTransactionListResponse | None:
    """Lists the user's ramp (buy and sell) transactions, a page at a time.

    Args:
        status: Only transactions in this provider state.
        page: Page number, from 0.
        count: Transactions per page (1 to 100).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | RampTransactionListResponse

    """

    return sync_detailed(
        client=client,
        status=status,
        page=page,
        count=count,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: str | Unset | None = UNSET,
    page: int | Unset = 0,
    count: int | Unset = 50,
) -> Response[HTTPValidationError | ProblemDetail | RampTransactionListResponse]:
    """Lists the user's ramp (buy and sell) transactions, a page at a time.

    Args:
        status: Only transactions in this provider state.
        page: Page number, from 0.
        count: Transactions per page (1 to 100).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | RampTransactionListResponse]

    """

    kwargs = _get_kwargs(
        status=status,
        page=page,
        count=count,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: str | Unset | None = UNSET,
    page: int | Unset = 0,
    count: int | Unset = 50,
) -> HTTPValidationError | ProblemDetail | RampTransactionListResponse | None:
    """Lists the user's ramp (buy and sell) transactions, a page at a time.

    Args:
        status: Only transactions in this provider state.
        page: Page number, from 0.
        count: Transactions per page (1 to 100).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | RampTransactionListResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            page=page,
            count=count,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "status": Parameter(
        "status", "status", "query", required=False, shape=Shape(kinds=("string", "null")), format=None
    ),
    "page": Parameter(
        "page", "page", "query", required=False, shape=Shape(kinds=("integer",), limits=Limits(minimum=0)), format=None
    ),
    "count": Parameter(
        "count",
        "count",
        "query",
        required=False,
        shape=Shape(kinds=("integer",), limits=Limits(maximum=100, minimum=1)),
        format=None,
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
