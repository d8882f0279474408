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
    from ...models.http_validation_error import HTTPValidationError
    from ...models.problem_detail import ProblemDetail
    from ...models.refresh_accepted_response import RefreshAcceptedResponse

    pass


def _get_kwargs(
    connection_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/bank-linking/connections/{connection_id}/refresh".format(
            connection_id=path_segment("connection_id", connection_id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ProblemDetail | RefreshAcceptedResponse | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
        RefreshAcceptedResponse = _models.RefreshAcceptedResponse
    if response.status_code == 202:
        response_202 = RefreshAcceptedResponse.from_dict(loads(response.content))

        return response_202

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(loads(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = ProblemDetail.from_dict(loads(response.content))

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(loads(response.content))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | ProblemDetail | RefreshAcceptedResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    connection_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | ProblemDetail | RefreshAcceptedResponse]:
    """Asks for a bank connection's data to be fetched again; runs in the background.

    Args:
        connection_id: Id of the bank connection, as `list_bank_connections` gives it.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | RefreshAcceptedResponse]

    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    connection_id: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | ProblemDetail | RefreshAcceptedResponse | None:
    """Asks for a bank connection's data to be fetched again; runs in the background.

    Args:
        connection_id: Id of the bank connection, as `list_bank_connections` gives it.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | RefreshAcceptedResponse

    """

    return sync_detailed(
        connection_id=connection_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    connection_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | ProblemDetail | RefreshAcceptedResponse]:
    """Asks for a bank connection's data to be fetched again; runs in the background.

    Args:
        connection_id: Id of the bank connection, as `list_bank_connections` gives it.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | RefreshAcceptedResponse]

    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    connection_id: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | ProblemDetail | RefreshAcceptedResponse | None:
    """Asks for a bank connection's data to be fetched again; runs in the background.

    Args:
        connection_id: Id of the bank connection, as `list_bank_connections` gives it.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | RefreshAcceptedResponse

    """

    return (
        await asyncio_detailed(
            connection_id=connection_id,
            client=client,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "connection_id": Parameter(
        "connection_id", "connection_id", "path", required=True, shape=Shape(kinds=("string",)), format=None
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
