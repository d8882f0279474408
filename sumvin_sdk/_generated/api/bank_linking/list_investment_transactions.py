from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from sumvin_sdk._json import loads
from sumvin_sdk._paths import path_segment

from ... import errors
from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...parameters import Limits, Parameter, Shape
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.http_validation_error_detail import HTTPValidationErrorDetail
    from ...models.investment_txn_list_response import InvestmentTxnListResponse
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    account_id: str,
    *,
    from_date: str | Unset | None = UNSET,
    to_date: str | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_date: str | Unset | None
    if isinstance(from_date, Unset):
        json_from_date = UNSET
    else:
        json_from_date = from_date
    params["from_date"] = json_from_date

    json_to_date: str | Unset | None
    if isinstance(to_date, Unset):
        json_to_date = UNSET
    else:
        json_to_date = to_date
    params["to_date"] = json_to_date

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/bank-linking/accounts/{account_id}/investment-transactions".format(
            account_id=path_segment("account_id", account_id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationErrorDetail | InvestmentTxnListResponse | ProblemDetail | None:
    if not TYPE_CHECKING:
        HTTPValidationErrorDetail = _models.HTTPValidationErrorDetail
        InvestmentTxnListResponse = _models.InvestmentTxnListResponse
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = InvestmentTxnListResponse.from_dict(loads(response.content))

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
        response_422 = HTTPValidationErrorDetail.from_dict(loads(response.content))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationErrorDetail | InvestmentTxnListResponse | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient,
    from_date: str | Unset | None = UNSET,
    to_date: str | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> Response[HTTPValidationErrorDetail | InvestmentTxnListResponse | ProblemDetail]:
    """Lists the transactions of one linked investment account, filterable by date.

    Args:
        account_id: Id of the linked account.
        from_date: Earliest transaction date to include: a YYYY-MM-DD date or epoch milliseconds.
        to_date: Latest transaction date to include: a YYYY-MM-DD date or epoch milliseconds.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 50 by default).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationErrorDetail | InvestmentTxnListResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        account_id=account_id,
        from_date=from_date,
        to_date=to_date,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient,
    from_date: str | Unset | None = UNSET,
    to_date: str | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> HTTPValidationErrorDetail | InvestmentTxnListResponse | ProblemDetail | None:
    """Lists the transactions of one linked investment account, filterable by date.

    Args:
        account_id: Id of the linked account.
        from_date: Earliest transaction date to include: a YYYY-MM-DD date or epoch milliseconds.
        to_date: Latest transaction date to include: a YYYY-MM-DD date or epoch milliseconds.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 50 by default).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationErrorDetail | InvestmentTxnListResponse | ProblemDetail

    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        from_date=from_date,
        to_date=to_date,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient,
    from_date: str | Unset | None = UNSET,
    to_date: str | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> Response[HTTPValidationErrorDetail | InvestmentTxnListResponse | ProblemDetail]:
    """Lists the transactions of one linked investment account, filterable by date.

    Args:
        account_id: Id of the linked account.
        from_date: Earliest transaction date to include: a YYYY-MM-DD date or epoch milliseconds.
        to_date: Latest transaction date to include: a YYYY-MM-DD date or epoch milliseconds.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 50 by default).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationErrorDetail | InvestmentTxnListResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        account_id=account_id,
        from_date=from_date,
        to_date=to_date,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient,
    from_date: str | Unset | None = UNSET,
    to_date: str | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> HTTPValidationErrorDetail | InvestmentTxnListResponse | ProblemDetail | None:
    """Lists the transactions of one linked investment account, filterable by date.

    Args:
        account_id: Id of the linked account.
        from_date: Earliest transaction date to include: a YYYY-MM-DD date or epoch milliseconds.
        to_date: Latest transaction date to include: a YYYY-MM-DD date or epoch milliseconds.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 50 by default).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationErrorDetail | InvestmentTxnListResponse | ProblemDetail

    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            from_date=from_date,
            to_date=to_date,
            offset=offset,
            limit=limit,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "account_id": Parameter(
        "account_id", "account_id", "path", required=True, shape=Shape(kinds=("string",)), format=None
    ),
    "from_date": Parameter(
        "from_date", "from_date", "query", required=False, shape=Shape(kinds=("string", "null")), format="date"
    ),
    "to_date": Parameter(
        "to_date", "to_date", "query", required=False, shape=Shape(kinds=("string", "null")), format="date"
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
