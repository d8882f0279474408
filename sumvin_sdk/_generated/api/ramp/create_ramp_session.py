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
    from ...models.problem_detail import ProblemDetail
    from ...models.ramp_create_session_request import RampCreateSessionRequest
    from ...models.session_response import SessionResponse

    pass


def _get_kwargs(
    *,
    body: RampCreateSessionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/ramp/sessions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ProblemDetail | SessionResponse | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
        SessionResponse = _models.SessionResponse
    if response.status_code == 201:
        response_201 = SessionResponse.from_dict(loads(response.content))

        return response_201

    if response.status_code == 208:
        response_208 = SessionResponse.from_dict(loads(response.content))

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

    if response.status_code == 424:
        response_424 = ProblemDetail.from_dict(loads(response.content))

        return response_424

    if response.status_code == 502:
        response_502 = ProblemDetail.from_dict(loads(response.content))

        return response_502

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | ProblemDetail | SessionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RampCreateSessionRequest,
) -> Response[HTTPValidationError | ProblemDetail | SessionResponse]:
    """Opens a ramp provider's widget session for a fiat-crypto trade; 208 returns the earlier session
    for a repeated `idempotency_key`.

    Args:
        body: ``RampCreateSessionRequest``: Body of `create_ramp_session`, which opens a ramp
            provider's widget session for a fiat-crypto trade; 208 returns the earlier session for a
            repeated `idempotency_key`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | SessionResponse]

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
    body: RampCreateSessionRequest,
) -> HTTPValidationError | ProblemDetail | SessionResponse | None:
    """Opens a ramp provider's widget session for a fiat-crypto trade; 208 returns the earlier session
    for a repeated `idempotency_key`.

    Args:
        body: ``RampCreateSessionRequest``: Body of `create_ramp_session`, which opens a ramp
            provider's widget session for a fiat-crypto trade; 208 returns the earlier session for a
            repeated `idempotency_key`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | SessionResponse

    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RampCreateSessionRequest,
) -> Response[HTTPValidationError | ProblemDetail | SessionResponse]:
    """Opens a ramp provider's widget session for a fiat-crypto trade; 208 returns the earlier session
    for a repeated `idempotency_key`.

    Args:
        body: ``RampCreateSessionRequest``: Body of `create_ramp_session`, which opens a ramp
            provider's widget session for a fiat-crypto trade; 208 returns the earlier session for a
            repeated `idempotency_key`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | SessionResponse]

    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RampCreateSessionRequest,
) -> HTTPValidationError | ProblemDetail | SessionResponse | None:
    """Opens a ramp provider's widget session for a fiat-crypto trade; 208 returns the earlier session
    for a repeated `idempotency_key`.

    Args:
        body: ``RampCreateSessionRequest``: Body of `create_ramp_session`, which opens a ramp
            provider's widget session for a fiat-crypto trade; 208 returns the earlier session for a
            repeated `idempotency_key`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | SessionResponse

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
