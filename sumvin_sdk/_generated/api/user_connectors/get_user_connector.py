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
    from ...models.user_connector_response import UserConnectorResponse

    pass


def _get_kwargs(
    user_connector_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/user/connectors/{user_connector_id}".format(
            user_connector_id=path_segment("user_connector_id", user_connector_id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ProblemDetail | UserConnectorResponse | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
        UserConnectorResponse = _models.UserConnectorResponse
    if response.status_code == 200:
        response_200 = UserConnectorResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetail.from_dict(loads(response.content))

        return response_403

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
) -> Response[HTTPValidationError | ProblemDetail | UserConnectorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_connector_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | ProblemDetail | UserConnectorResponse]:
    """Returns one of the user's connected services.

    Args:
        user_connector_id: Id of the user's connected service.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | UserConnectorResponse]

    """

    kwargs = _get_kwargs(
        user_connector_id=user_connector_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_connector_id: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | ProblemDetail | UserConnectorResponse | None:
    """Returns one of the user's connected services.

    Args:
        user_connector_id: Id of the user's connected service.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | UserConnectorResponse

    """

    return sync_detailed(
        user_connector_id=user_connector_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    user_connector_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | ProblemDetail | UserConnectorResponse]:
    """Returns one of the user's connected services.

    Args:
        user_connector_id: Id of the user's connected service.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | UserConnectorResponse]

    """

    kwargs = _get_kwargs(
        user_connector_id=user_connector_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_connector_id: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | ProblemDetail | UserConnectorResponse | None:
    """Returns one of the user's connected services.

    Args:
        user_connector_id: Id of the user's connected service.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | UserConnectorResponse

    """

    return (
        await asyncio_detailed(
            user_connector_id=user_connector_id,
            client=client,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "user_connector_id": Parameter(
        "user_connector_id", "user_connector_id", "path", required=True, shape=Shape(kinds=("string",)), format=None
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
