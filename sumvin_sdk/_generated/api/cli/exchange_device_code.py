from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from sumvin_sdk._json import loads

from ... import errors
from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...parameters import Parameter
from ...types import Response

if TYPE_CHECKING:
    from ...models.http_validation_error import HTTPValidationError
    from ...models.personal_access_token_exchange_request import PersonalAccessTokenExchangeRequest
    from ...models.personal_access_token_exchange_response import PersonalAccessTokenExchangeResponse
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    *,
    body: PersonalAccessTokenExchangeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/cli/personal-access-tokens",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | PersonalAccessTokenExchangeResponse | ProblemDetail | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        PersonalAccessTokenExchangeResponse = _models.PersonalAccessTokenExchangeResponse
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 201:
        response_201 = PersonalAccessTokenExchangeResponse.from_dict(loads(response.content))

        return response_201

    if response.status_code == 409:
        response_409 = ProblemDetail.from_dict(loads(response.content))

        return response_409

    if response.status_code == 410:
        response_410 = ProblemDetail.from_dict(loads(response.content))

        return response_410

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(loads(response.content))

        return response_422

    if response.status_code == 429:
        response_429 = ProblemDetail.from_dict(loads(response.content))

        return response_429

    if response.status_code == 503:
        response_503 = ProblemDetail.from_dict(loads(response.content))

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | PersonalAccessTokenExchangeResponse | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PersonalAccessTokenExchangeRequest,
) -> Response[HTTPValidationError | PersonalAccessTokenExchangeResponse | ProblemDetail]:
    """Exchanges an approved device sign-in for a personal access token.

    Args:
        body: ``PersonalAccessTokenExchangeRequest``: Body of `exchange_device_code`, which exchanges
            an approved device sign-in for a personal access token.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | PersonalAccessTokenExchangeResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PersonalAccessTokenExchangeRequest,
) -> HTTPValidationError | PersonalAccessTokenExchangeResponse | ProblemDetail | None:
    """Exchanges an approved device sign-in for a personal access token.

    Args:
        body: ``PersonalAccessTokenExchangeRequest``: Body of `exchange_device_code`, which exchanges
            an approved device sign-in for a personal access token.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | PersonalAccessTokenExchangeResponse | ProblemDetail

    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PersonalAccessTokenExchangeRequest,
) -> Response[HTTPValidationError | PersonalAccessTokenExchangeResponse | ProblemDetail]:
    """Exchanges an approved device sign-in for a personal access token.

    Args:
        body: ``PersonalAccessTokenExchangeRequest``: Body of `exchange_device_code`, which exchanges
            an approved device sign-in for a personal access token.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | PersonalAccessTokenExchangeResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PersonalAccessTokenExchangeRequest,
) -> HTTPValidationError | PersonalAccessTokenExchangeResponse | ProblemDetail | None:
    """Exchanges an approved device sign-in for a personal access token.

    Args:
        body: ``PersonalAccessTokenExchangeRequest``: Body of `exchange_device_code`, which exchanges
            an approved device sign-in for a personal access token.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | PersonalAccessTokenExchangeResponse | ProblemDetail

    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
