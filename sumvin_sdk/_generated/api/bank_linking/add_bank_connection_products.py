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
    from ...models.add_products_request import AddProductsRequest
    from ...models.http_validation_error_detail import HTTPValidationErrorDetail
    from ...models.problem_detail import ProblemDetail
    from ...models.refresh_accepted_response import RefreshAcceptedResponse

    pass


def _get_kwargs(
    connection_id: str,
    *,
    body: AddProductsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/bank-linking/connections/{connection_id}/products".format(
            connection_id=path_segment("connection_id", connection_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationErrorDetail | ProblemDetail | RefreshAcceptedResponse | None:
    if not TYPE_CHECKING:
        HTTPValidationErrorDetail = _models.HTTPValidationErrorDetail
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
        response_422 = HTTPValidationErrorDetail.from_dict(loads(response.content))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationErrorDetail | ProblemDetail | RefreshAcceptedResponse]:
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
    body: AddProductsRequest,
) -> Response[HTTPValidationErrorDetail | ProblemDetail | RefreshAcceptedResponse]:
    """Adds data products (such as investments) to an existing bank connection.

    Args:
        connection_id: Id of the bank connection, as `list_bank_connections` gives it.
        body: ``AddProductsRequest``: Body of `add_bank_connection_products`, which adds data products
            (such as investments) to an existing bank connection.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationErrorDetail | ProblemDetail | RefreshAcceptedResponse]

    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    connection_id: str,
    *,
    client: AuthenticatedClient,
    body: AddProductsRequest,
) -> HTTPValidationErrorDetail | ProblemDetail | RefreshAcceptedResponse | None:
    """Adds data products (such as investments) to an existing bank connection.

    Args:
        connection_id: Id of the bank connection, as `list_bank_connections` gives it.
        body: ``AddProductsRequest``: Body of `add_bank_connection_products`, which adds data products
            (such as investments) to an existing bank connection.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationErrorDetail | ProblemDetail | RefreshAcceptedResponse

    """

    return sync_detailed(
        connection_id=connection_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    connection_id: str,
    *,
    client: AuthenticatedClient,
    body: AddProductsRequest,
) -> Response[HTTPValidationErrorDetail | ProblemDetail | RefreshAcceptedResponse]:
    """Adds data products (such as investments) to an existing bank connection.

    Args:
        connection_id: Id of the bank connection, as `list_bank_connections` gives it.
        body: ``AddProductsRequest``: Body of `add_bank_connection_products`, which adds data products
            (such as investments) to an existing bank connection.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationErrorDetail | ProblemDetail | RefreshAcceptedResponse]

    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    connection_id: str,
    *,
    client: AuthenticatedClient,
    body: AddProductsRequest,
) -> HTTPValidationErrorDetail | ProblemDetail | RefreshAcceptedResponse | None:
    """Adds data products (such as investments) to an existing bank connection.

    Args:
        connection_id: Id of the bank connection, as `list_bank_connections` gives it.
        body: ``AddProductsRequest``: Body of `add_bank_connection_products`, which adds data products
            (such as investments) to an existing bank connection.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationErrorDetail | ProblemDetail | RefreshAcceptedResponse

    """

    return (
        await asyncio_detailed(
            connection_id=connection_id,
            client=client,
            body=body,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "connection_id": Parameter(
        "connection_id", "connection_id", "path", required=True, shape=Shape(kinds=("string",)), format=None
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
