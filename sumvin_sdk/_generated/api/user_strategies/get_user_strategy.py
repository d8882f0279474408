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
    from ...models.user_strategy_response import UserStrategyResponse

    pass


def _get_kwargs(
    user_strategy_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/user/strategies/{user_strategy_id}".format(
            user_strategy_id=path_segment("user_strategy_id", user_strategy_id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ProblemDetail | UserStrategyResponse | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
        UserStrategyResponse = _models.UserStrategyResponse
    if response.status_code == 200:
        response_200 = UserStrategyResponse.from_dict(loads(response.content))

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
) -> Response[HTTPValidationError | ProblemDetail | UserStrategyResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_strategy_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | ProblemDetail | UserStrategyResponse]:
    """Returns one of the user's enabled strategies.

    Args:
        user_strategy_id: Id of the user's enabled strategy.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | UserStrategyResponse]

    """

    kwargs = _get_kwargs(
        user_strategy_id=user_strategy_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_strategy_id: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | ProblemDetail | UserStrategyResponse | None:
    """Returns one of the user's enabled strategies.

    Args:
        user_strategy_id: Id of the user's enabled strategy.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | UserStrategyResponse

    """

    return sync_detailed(
        user_strategy_id=user_strategy_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    user_strategy_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | ProblemDetail | UserStrategyResponse]:
    """Returns one of the user's enabled strategies.

    Args:
        user_strategy_id: Id of the user's enabled strategy.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | UserStrategyResponse]

    """

    kwargs = _get_kwargs(
        user_strategy_id=user_strategy_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_strategy_id: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | ProblemDetail | UserStrategyResponse | None:
    """Returns one of the user's enabled strategies.

    Args:
        user_strategy_id: Id of the user's enabled strategy.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | UserStrategyResponse

    """

    return (
        await asyncio_detailed(
            user_strategy_id=user_strategy_id,
            client=client,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "user_strategy_id": Parameter(
        "user_strategy_id", "user_strategy_id", "path", required=True, shape=Shape(kinds=("string",)), format=None
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
