from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from sumvin_sdk._json import loads
from sumvin_sdk._paths import path_segment

from ... import errors
from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...parameters import Parameter, Shape
from ...types import Response

if TYPE_CHECKING:
    from ...models.holding_list_response import HoldingListResponse
    from ...models.http_validation_error_detail import HTTPValidationErrorDetail
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    account_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/bank-linking/accounts/{account_id}/holdings".format(
            account_id=path_segment("account_id", account_id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationErrorDetail | HoldingListResponse | ProblemDetail | None:
    if not TYPE_CHECKING:
        HoldingListResponse = _models.HoldingListResponse
        HTTPValidationErrorDetail = _models.HTTPValidationErrorDetail
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = HoldingListResponse.from_dict(loads(response.content))

        return response_200

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
) -> Response[HTTPValidationErrorDetail | HoldingListResponse | ProblemDetail]:
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
) -> Response[HTTPValidationErrorDetail | HoldingListResponse | ProblemDetail]:
    """Lists the holdings of one linked investment account.

    Args:
        account_id: Id of the linked account.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationErrorDetail | HoldingListResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        account_id=account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationErrorDetail | HoldingListResponse | ProblemDetail | None:
    """Lists the holdings of one linked investment account.

    Args:
        account_id: Id of the linked account.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationErrorDetail | HoldingListResponse | ProblemDetail

    """

    return sync_detailed(
        account_id=account_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationErrorDetail | HoldingListResponse | ProblemDetail]:
    """Lists the holdings of one linked investment account.

    Args:
        account_id: Id of the linked account.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationErrorDetail | HoldingListResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        account_id=account_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationErrorDetail | HoldingListResponse | ProblemDetail | None:
    """Lists the holdings of one linked investment account.

    Args:
        account_id: Id of the linked account.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationErrorDetail | HoldingListResponse | ProblemDetail

    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "account_id": Parameter(
        "account_id", "account_id", "path", required=True, shape=Shape(kinds=("string",)), format=None
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
