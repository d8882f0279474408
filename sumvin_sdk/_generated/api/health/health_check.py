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
    from ...models.health_check_response import HealthCheckResponse
    from ...models.http_validation_error import HTTPValidationError
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    *,
    x_ping_key: str | Unset | None = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_ping_key, Unset):
        headers["x-ping-key"] = x_ping_key

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/health",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | HealthCheckResponse | ProblemDetail | None:
    if not TYPE_CHECKING:
        HealthCheckResponse = _models.HealthCheckResponse
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = HealthCheckResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(loads(response.content))

        return response_401

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(loads(response.content))

        return response_422

    if response.status_code == 503:
        response_503 = HealthCheckResponse.from_dict(loads(response.content))

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | HealthCheckResponse | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    x_ping_key: str | Unset | None = UNSET,
) -> Response[HTTPValidationError | HealthCheckResponse | ProblemDetail]:
    """Reports whether the API and the services it depends on are up.

    Args:
        x_ping_key: Key that unlocks the detailed report of each dependency.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | HealthCheckResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        x_ping_key=x_ping_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    x_ping_key: str | Unset | None = UNSET,
) -> HTTPValidationError | HealthCheckResponse | ProblemDetail | None:
    """Reports whether the API and the services it depends on are up.

    Args:
        x_ping_key: Key that unlocks the detailed report of each dependency.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | HealthCheckResponse | ProblemDetail

    """

    return sync_detailed(
        client=client,
        x_ping_key=x_ping_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    x_ping_key: str | Unset | None = UNSET,
) -> Response[HTTPValidationError | HealthCheckResponse | ProblemDetail]:
    """Reports whether the API and the services it depends on are up.

    Args:
        x_ping_key: Key that unlocks the detailed report of each dependency.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | HealthCheckResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        x_ping_key=x_ping_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    x_ping_key: str | Unset | None = UNSET,
) -> HTTPValidationError | HealthCheckResponse | ProblemDetail | None:
    """Reports whether the API and the services it depends on are up.

    Args:
        x_ping_key: Key that unlocks the detailed report of each dependency.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | HealthCheckResponse | ProblemDetail

    """

    return (
        await asyncio_detailed(
            client=client,
            x_ping_key=x_ping_key,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "x_ping_key": Parameter(
        "x-ping-key", "x_ping_key", "header", required=False, shape=Shape(kinds=("string", "null")), format=None
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
