from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from sumvin_sdk._json import loads

from ... import errors
from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...parameters import Parameter, Shape
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...models.http_validation_error import HTTPValidationError
    from ...models.problem_detail import ProblemDetail
    from ...models.provider_response import ProviderResponse

    pass


def _get_kwargs(
    *,
    action: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/providers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ProblemDetail | ProviderResponse | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
        ProviderResponse = _models.ProviderResponse
    if response.status_code == 200:
        response_200 = ProviderResponse.from_dict(loads(response.content))

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
) -> Response[HTTPValidationError | ProblemDetail | ProviderResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    action: str,
) -> Response[HTTPValidationError | ProblemDetail | ProviderResponse]:
    """Returns which provider serves an action, such as linking or ramping, for this user.

    Args:
        action: What the provider is needed for, such as `link` or `ramp`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | ProviderResponse]

    """

    kwargs = _get_kwargs(
        action=action,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    action: str,
) -> HTTPValidationError | ProblemDetail | ProviderResponse | None:
    """Returns which provider serves an action, such as linking or ramping, for this user.

    Args:
        action: What the provider is needed for, such as `link` or `ramp`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | ProviderResponse

    """

    return sync_detailed(
        client=client,
        action=action,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    action: str,
) -> Response[HTTPValidationError | ProblemDetail | ProviderResponse]:
    """Returns which provider serves an action, such as linking or ramping, for this user.

    Args:
        action: What the provider is needed for, such as `link` or `ramp`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | ProviderResponse]

    """

    kwargs = _get_kwargs(
        action=action,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    action: str,
) -> HTTPValidationError | ProblemDetail | ProviderResponse | None:
    """Returns which provider serves an action, such as linking or ramping, for this user.

    Args:
        action: What the provider is needed for, such as `link` or `ramp`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | ProviderResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "action": Parameter("action", "action", "query", required=True, shape=Shape(kinds=("string",)), format=None),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
