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
    from ...models.pint_tokens_response import PintTokensResponse
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    pint_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/pint/{pint_id}/tokens".format(
            pint_id=path_segment("pint_id", pint_id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | PintTokensResponse | ProblemDetail | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        PintTokensResponse = _models.PintTokensResponse
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = PintTokensResponse.from_dict(loads(response.content))

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
) -> Response[HTTPValidationError | PintTokensResponse | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    pint_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | PintTokensResponse | ProblemDetail]:
    """Lists the tokens issued from one purchase intent.

    Args:
        pint_id: Id of the purchase intent (PINT).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | PintTokensResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        pint_id=pint_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pint_id: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | PintTokensResponse | ProblemDetail | None:
    """Lists the tokens issued from one purchase intent.

    Args:
        pint_id: Id of the purchase intent (PINT).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | PintTokensResponse | ProblemDetail

    """

    return sync_detailed(
        pint_id=pint_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    pint_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | PintTokensResponse | ProblemDetail]:
    """Lists the tokens issued from one purchase intent.

    Args:
        pint_id: Id of the purchase intent (PINT).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | PintTokensResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        pint_id=pint_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pint_id: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | PintTokensResponse | ProblemDetail | None:
    """Lists the tokens issued from one purchase intent.

    Args:
        pint_id: Id of the purchase intent (PINT).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | PintTokensResponse | ProblemDetail

    """

    return (
        await asyncio_detailed(
            pint_id=pint_id,
            client=client,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "pint_id": Parameter("pint_id", "pint_id", "path", required=True, shape=Shape(kinds=("string",)), format=None),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
