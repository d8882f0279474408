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
    from ...models.http_validation_error_detail import HTTPValidationErrorDetail
    from ...models.problem_detail import ProblemDetail
    from ...models.siwe_verify_request import SiweVerifyRequest
    from ...models.wallet_response import WalletResponse

    pass


def _get_kwargs(
    *,
    body: SiweVerifyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/auth/siwe/verify",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationErrorDetail | ProblemDetail | WalletResponse | None:
    if not TYPE_CHECKING:
        HTTPValidationErrorDetail = _models.HTTPValidationErrorDetail
        ProblemDetail = _models.ProblemDetail
        WalletResponse = _models.WalletResponse
    if response.status_code == 201:
        response_201 = WalletResponse.from_dict(loads(response.content))

        return response_201

    if response.status_code == 400:
        response_400 = ProblemDetail.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(loads(response.content))

        return response_401

    if response.status_code == 409:
        response_409 = ProblemDetail.from_dict(loads(response.content))

        return response_409

    if response.status_code == 422:
        response_422 = HTTPValidationErrorDetail.from_dict(loads(response.content))

        return response_422

    if response.status_code == 429:
        response_429 = ProblemDetail.from_dict(loads(response.content))

        return response_429

    if response.status_code == 502:
        response_502 = ProblemDetail.from_dict(loads(response.content))

        return response_502

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationErrorDetail | ProblemDetail | WalletResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SiweVerifyRequest,
) -> Response[HTTPValidationErrorDetail | ProblemDetail | WalletResponse]:
    """Checks a signed SIWE message and registers the signing wallet for the user.

    Args:
        body: ``SiweVerifyRequest``: Body of `verify_and_create_wallet`, which checks a signed SIWE
            message and registers the signing wallet for the user.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationErrorDetail | ProblemDetail | WalletResponse]

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
    body: SiweVerifyRequest,
) -> HTTPValidationErrorDetail | ProblemDetail | WalletResponse | None:
    """Checks a signed SIWE message and registers the signing wallet for the user.

    Args:
        body: ``SiweVerifyRequest``: Body of `verify_and_create_wallet`, which checks a signed SIWE
            message and registers the signing wallet for the user.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationErrorDetail | ProblemDetail | WalletResponse

    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SiweVerifyRequest,
) -> Response[HTTPValidationErrorDetail | ProblemDetail | WalletResponse]:
    """Checks a signed SIWE message and registers the signing wallet for the user.

    Args:
        body: ``SiweVerifyRequest``: Body of `verify_and_create_wallet`, which checks a signed SIWE
            message and registers the signing wallet for the user.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationErrorDetail | ProblemDetail | WalletResponse]

    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SiweVerifyRequest,
) -> HTTPValidationErrorDetail | ProblemDetail | WalletResponse | None:
    """Checks a signed SIWE message and registers the signing wallet for the user.

    Args:
        body: ``SiweVerifyRequest``: Body of `verify_and_create_wallet`, which checks a signed SIWE
            message and registers the signing wallet for the user.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationErrorDetail | ProblemDetail | WalletResponse

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
