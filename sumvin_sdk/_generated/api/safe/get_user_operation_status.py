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
    from ...models.safe_rpc_status_response import SafeRpcStatusResponse

    pass


def _get_kwargs(
    user_op_hash: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/safe/rpc/{user_op_hash}/status".format(
            user_op_hash=path_segment("user_op_hash", user_op_hash),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ProblemDetail | SafeRpcStatusResponse | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
        SafeRpcStatusResponse = _models.SafeRpcStatusResponse
    if response.status_code == 200:
        response_200 = SafeRpcStatusResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(loads(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = ProblemDetail.from_dict(loads(response.content))

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(loads(response.content))

        return response_422

    if response.status_code == 429:
        response_429 = ProblemDetail.from_dict(loads(response.content))

        return response_429

    if response.status_code == 500:
        response_500 = ProblemDetail.from_dict(loads(response.content))

        return response_500

    if response.status_code == 502:
        response_502 = ProblemDetail.from_dict(loads(response.content))

        return response_502

    if response.status_code == 503:
        response_503 = ProblemDetail.from_dict(loads(response.content))

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | ProblemDetail | SafeRpcStatusResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_op_hash: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | ProblemDetail | SafeRpcStatusResponse]:
    """Tells whether a submitted UserOperation is pending, included or failed.

    Args:
        user_op_hash: Hash of the UserOperation, as `send_safe_rpc` returned it.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | SafeRpcStatusResponse]

    """

    kwargs = _get_kwargs(
        user_op_hash=user_op_hash,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_op_hash: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | ProblemDetail | SafeRpcStatusResponse | None:
    """Tells whether a submitted UserOperation is pending, included or failed.

    Args:
        user_op_hash: Hash of the UserOperation, as `send_safe_rpc` returned it.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | SafeRpcStatusResponse

    """

    return sync_detailed(
        user_op_hash=user_op_hash,
        client=client,
    ).parsed


async def asyncio_detailed(
    user_op_hash: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | ProblemDetail | SafeRpcStatusResponse]:
    """Tells whether a submitted UserOperation is pending, included or failed.

    Args:
        user_op_hash: Hash of the UserOperation, as `send_safe_rpc` returned it.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | SafeRpcStatusResponse]

    """

    kwargs = _get_kwargs(
        user_op_hash=user_op_hash,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_op_hash: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | ProblemDetail | SafeRpcStatusResponse | None:
    """Tells whether a submitted UserOperation is pending, included or failed.

    Args:
        user_op_hash: Hash of the UserOperation, as `send_safe_rpc` returned it.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | SafeRpcStatusResponse

    """

    return (
        await asyncio_detailed(
            user_op_hash=user_op_hash,
            client=client,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "user_op_hash": Parameter(
        "user_op_hash", "user_op_hash", "path", required=True, shape=Shape(kinds=("string",)), format=None
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
