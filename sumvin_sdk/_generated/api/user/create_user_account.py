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
    from ...models.create_user_request import CreateUserRequest
    from ...models.create_user_response import CreateUserResponse
    from ...models.http_validation_error import HTTPValidationError
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    *,
    body: CreateUserRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/user/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateUserResponse | HTTPValidationError | ProblemDetail | None:
    if not TYPE_CHECKING:
        CreateUserResponse = _models.CreateUserResponse
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 201:
        response_201 = CreateUserResponse.from_dict(loads(response.content))

        return response_201

    if response.status_code == 208:
        response_208 = CreateUserResponse.from_dict(loads(response.content))

        return response_208

    if response.status_code == 400:
        response_400 = ProblemDetail.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetail.from_dict(loads(response.content))

        return response_403

    if response.status_code == 409:
        response_409 = ProblemDetail.from_dict(loads(response.content))

        return response_409

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(loads(response.content))

        return response_422

    if response.status_code == 500:
        response_500 = ProblemDetail.from_dict(loads(response.content))

        return response_500

    if response.status_code == 502:
        response_502 = ProblemDetail.from_dict(loads(response.content))

        return response_502

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateUserResponse | HTTPValidationError | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateUserRequest,
) -> Response[CreateUserResponse | HTTPValidationError | ProblemDetail]:
    """Creates the Sumvin account of the signed-in identity; answers 208 with the existing account when
    it is already there.

    Args:
        body: ``CreateUserRequest``: Body of `create_user_account`, which creates the Sumvin account
            of the signed-in identity; answers 208 with the existing account when it is already
            there.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[CreateUserResponse | HTTPValidationError | ProblemDetail]

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
    client: AuthenticatedClient,
    body: CreateUserRequest,
) -> CreateUserResponse | HTTPValidationError | ProblemDetail | None:
    """Creates the Sumvin account of the signed-in identity; answers 208 with the existing account when
    it is already there.

    Args:
        body: ``CreateUserRequest``: Body of `create_user_account`, which creates the Sumvin account
            of the signed-in identity; answers 208 with the existing account when it is already
            there.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        CreateUserResponse | HTTPValidationError | ProblemDetail

    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateUserRequest,
) -> Response[CreateUserResponse | HTTPValidationError | ProblemDetail]:
    """Creates the Sumvin account of the signed-in identity; answers 208 with the existing account when
    it is already there.

    Args:
        body: ``CreateUserRequest``: Body of `create_user_account`, which creates the Sumvin account
            of the signed-in identity; answers 208 with the existing account when it is already
            there.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[CreateUserResponse | HTTPValidationError | ProblemDetail]

    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateUserRequest,
) -> CreateUserResponse | HTTPValidationError | ProblemDetail | None:
    """Creates the Sumvin account of the signed-in identity; answers 208 with the existing account when
    it is already there.

    Args:
        body: ``CreateUserRequest``: Body of `create_user_account`, which creates the Sumvin account
            of the signed-in identity; answers 208 with the existing account when it is already
            there.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        CreateUserResponse | HTTPValidationError | ProblemDetail

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
