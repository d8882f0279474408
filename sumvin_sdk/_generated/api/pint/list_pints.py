from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from sumvin_sdk._json import loads

from ... import errors
from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...models.list_pints_order import ListPintsOrder
from ...models.list_pints_sort import ListPintsSort
from ...parameters import Limits, Parameter, Shape
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.http_validation_error import HTTPValidationError
    from ...models.pint_list_response import PintListResponse
    from ...models.pint_status import PintStatus
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    *,
    wallet: str,
    status: PintStatus | Unset = UNSET,
    sort: ListPintsSort | Unset = ListPintsSort.CREATED_AT,
    order: ListPintsOrder | Unset = ListPintsOrder.DESC,
    limit: int | Unset = 20,
    cursor: str | Unset | None = UNSET,
) -> dict[str, Any]:
    if not TYPE_CHECKING:
        PintStatus = _models.PintStatus

    params: dict[str, Any] = {}

    params["wallet"] = wallet

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = PintStatus(status).value

    params["status"] = json_status

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = ListPintsSort(sort).value

    params["sort"] = json_sort

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = ListPintsOrder(order).value

    params["order"] = json_order

    params["limit"] = limit

    json_cursor: str | Unset | None
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/pint/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | PintListResponse | ProblemDetail | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        PintListResponse = _models.PintListResponse
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = PintListResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ProblemDetail.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetail.from_dict(loads(response.content))

        return response_403

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(loads(response.content))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | PintListResponse | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    wallet: str,
    status: PintStatus | Unset = UNSET,
    sort: ListPintsSort | Unset = ListPintsSort.CREATED_AT,
    order: ListPintsOrder | Unset = ListPintsOrder.DESC,
    limit: int | Unset = 20,
    cursor: str | Unset | None = UNSET,
) -> Response[HTTPValidationError | PintListResponse | ProblemDetail]:
    """Lists the purchase intents (PINTs) of one wallet, sorted and paged by cursor.

    Args:
        wallet: Address of the wallet whose purchase intents to list.
        status: Only intents in this state (`active` by default).
        sort: Timestamp to sort by: `created_at` (default) or `expires_at`.
        order: Sort direction: `desc` (default) or `asc`.
        limit: Most intents to return in one page (1 to 50).
        cursor: Where to continue, from the previous page; omit for the first page.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | PintListResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        wallet=wallet,
        status=status,
        sort=sort,
        order=order,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    wallet: str,
    status: PintStatus | Unset = UNSET,
    sort: ListPintsSort | Unset = ListPintsSort.CREATED_AT,
    order: ListPintsOrder | Unset = ListPintsOrder.DESC,
    limit: int | Unset = 20,
    cursor: str | Unset | None = UNSET,
) -> HTTPValidationError | PintListResponse | ProblemDetail | None:
    """Lists the purchase intents (PINTs) of one wallet, sorted and paged by cursor.

    Args:
        wallet: Address of the wallet whose purchase intents to list.
        status: Only intents in this state (`active` by default).
        sort: Timestamp to sort by: `created_at` (default) or `expires_at`.
        order: Sort direction: `desc` (default) or `asc`.
        limit: Most intents to return in one page (1 to 50).
        cursor: Where to continue, from the previous page; omit for the first page.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | PintListResponse | ProblemDetail

    """

    return sync_detailed(
        client=client,
        wallet=wallet,
        status=status,
        sort=sort,
        order=order,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    wallet: str,
    status: PintStatus | Unset = UNSET,
    sort: ListPintsSort | Unset = ListPintsSort.CREATED_AT,
    order: ListPintsOrder | Unset = ListPintsOrder.DESC,
    limit: int | Unset = 20,
    cursor: str | Unset | None = UNSET,
) -> Response[HTTPValidationError | PintListResponse | ProblemDetail]:
    """Lists the purchase intents (PINTs) of one wallet, sorted and paged by cursor.

    Args:
        wallet: Address of the wallet whose purchase intents to list.
        status: Only intents in this state (`active` by default).
        sort: Timestamp to sort by: `created_at` (default) or `expires_at`.
        order: Sort direction: `desc` (default) or `asc`.
        limit: Most intents to return in one page (1 to 50).
        cursor: Where to continue, from the previous page; omit for the first page.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | PintListResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        wallet=wallet,
        status=status,
        sort=sort,
        order=order,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    wallet: str,
    status: PintStatus | Unset = UNSET,
    sort: ListPintsSort | Unset = ListPintsSort.CREATED_AT,
    order: ListPintsOrder | Unset = ListPintsOrder.DESC,
    limit: int | Unset = 20,
    cursor: str | Unset | None = UNSET,
) -> HTTPValidationError | PintListResponse | ProblemDetail | None:
    """Lists the purchase intents (PINTs) of one wallet, sorted and paged by cursor.

    Args:
        wallet: Address of the wallet whose purchase intents to list.
        status: Only intents in this state (`active` by default).
        sort: Timestamp to sort by: `created_at` (default) or `expires_at`.
        order: Sort direction: `desc` (default) or `asc`.
        limit: Most intents to return in one page (1 to 50).
        cursor: Where to continue, from the previous page; omit for the first page.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | PintListResponse | ProblemDetail

    """

    return (
        await asyncio_detailed(
            client=client,
            wallet=wallet,
            status=status,
            sort=sort,
            order=order,
            limit=limit,
            cursor=cursor,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "wallet": Parameter("wallet", "wallet", "query", required=True, shape=Shape(kinds=("string",)), format=None),
    "status": Parameter(
        "status",
        "status",
        "query",
        required=False,
        shape=Shape(
            kinds=("string",), values=("pending", "active", "consumed", "revoked", "expired"), enum="PintStatus"
        ),
        format=None,
    ),
    "sort": Parameter(
        "sort",
        "sort",
        "query",
        required=False,
        shape=Shape(kinds=("string",), values=("created_at", "expires_at")),
        format=None,
    ),
    "order": Parameter(
        "order", "order", "query", required=False, shape=Shape(kinds=("string",), values=("asc", "desc")), format=None
    ),
    "limit": Parameter(
        "limit",
        "limit",
        "query",
        required=False,
        shape=Shape(kinds=("integer",), limits=Limits(maximum=50, minimum=1)),
        format=None,
    ),
    "cursor": Parameter(
        "cursor", "cursor", "query", required=False, shape=Shape(kinds=("string", "null")), format=None
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
