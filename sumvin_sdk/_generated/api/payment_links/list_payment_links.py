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
    from ...models.http_validation_error_detail import HTTPValidationErrorDetail
    from ...models.payment_link_list_response import PaymentLinkListResponse

    pass


def _get_kwargs(
    *,
    status: str | Unset | None = UNSET,
    from_date: str | Unset | None = UNSET,
    to_date: str | Unset | None = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset | None
    if isinstance(status, Unset):
        json_status = UNSET
    else:
        json_status = status
    params["status"] = json_status

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

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/payment-links",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | HTTPValidationErrorDetail | PaymentLinkListResponse | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        HTTPValidationErrorDetail = _models.HTTPValidationErrorDetail
        PaymentLinkListResponse = _models.PaymentLinkListResponse
    if response.status_code == 200:
        response_200 = PaymentLinkListResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = HTTPValidationErrorDetail.from_dict(loads(response.content))

        return response_400

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(loads(response.content))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | HTTPValidationErrorDetail | PaymentLinkListResponse]:
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
    from_date: str | Unset | None = UNSET,
    to_date: str | Unset | None = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[HTTPValidationError | HTTPValidationErrorDetail | PaymentLinkListResponse]:
    """Lists the payment links the user created, filterable by status and creation date.

    Args:
        status: Only links in this state, such as `pending` or `settled`.
        from_date: Earliest creation date to include: a YYYY-MM-DD date or epoch milliseconds.
        to_date: Latest creation date to include: a YYYY-MM-DD date or epoch milliseconds.
        limit: Most items to return in one page (1 to 100, 50 by default).
        offset: How many items to skip before the page starts (0 by default).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | HTTPValidationErrorDetail | PaymentLinkListResponse]

    """

    kwargs = _get_kwargs(
        status=status,
        from_date=from_date,
        to_date=to_date,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status: str | Unset | None = UNSET,
    from_date: str | Unset | None = UNSET,
    to_date: str | Unset | None = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> HTTPValidationError | HTTPValidationErrorDetail | PaymentLinkListResponse | None:
    """Lists the payment links the user created, filterable by status and creation date.

    Args:
        status: Only links in this state, such as `pending` or `settled`.
        from_date: Earliest creation date to include: a YYYY-MM-DD date or epoch milliseconds.
        to_date: Latest creation date to include: a YYYY-MM-DD date or epoch milliseconds.
        limit: Most items to return in one page (1 to 100, 50 by default).
        offset: How many items to skip before the page starts (0 by default).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | HTTPValidationErrorDetail | PaymentLinkListResponse

    """

    return sync_detailed(
        client=client,
        status=status,
        from_date=from_date,
        to_date=to_date,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: str | Unset | None = UNSET,
    from_date: str | Unset | None = UNSET,
    to_date: str | Unset | None = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[HTTPValidationError | HTTPValidationErrorDetail | PaymentLinkListResponse]:
    """Lists the payment links the user created, filterable by status and creation date.

    Args:
        status: Only links in this state, such as `pending` or `settled`.
        from_date: Earliest creation date to include: a YYYY-MM-DD date or epoch milliseconds.
        to_date: Latest creation date to include: a YYYY-MM-DD date or epoch milliseconds.
        limit: Most items to return in one page (1 to 100, 50 by default).
        offset: How many items to skip before the page starts (0 by default).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | HTTPValidationErrorDetail | PaymentLinkListResponse]

    """

    kwargs = _get_kwargs(
        status=status,
        from_date=from_date,
        to_date=to_date,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: str | Unset | None = UNSET,
    from_date: str | Unset | None = UNSET,
    to_date: str | Unset | None = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> HTTPValidationError | HTTPValidationErrorDetail | PaymentLinkListResponse | None:
    """Lists the payment links the user created, filterable by status and creation date.

    Args:
        status: Only links in this state, such as `pending` or `settled`.
        from_date: Earliest creation date to include: a YYYY-MM-DD date or epoch milliseconds.
        to_date: Latest creation date to include: a YYYY-MM-DD date or epoch milliseconds.
        limit: Most items to return in one page (1 to 100, 50 by default).
        offset: How many items to skip before the page starts (0 by default).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | HTTPValidationErrorDetail | PaymentLinkListResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            from_date=from_date,
            to_date=to_date,
            limit=limit,
            offset=offset,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "status": Parameter(
        "status", "status", "query", required=False, shape=Shape(kinds=("string", "null")), format=None
    ),
    "from_date": Parameter(
        "from_date", "from_date", "query", required=False, shape=Shape(kinds=("string", "null")), format="date"
    ),
    "to_date": Parameter(
        "to_date", "to_date", "query", required=False, shape=Shape(kinds=("string", "null")), format="date"
    ),
    "limit": Parameter(
        "limit",
        "limit",
        "query",
        required=False,
        shape=Shape(kinds=("integer",), limits=Limits(maximum=100, minimum=1)),
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
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
