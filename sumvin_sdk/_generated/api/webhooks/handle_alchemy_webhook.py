from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from sumvin_sdk._json import loads

from ... import errors
from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...parameters import Parameter, Shape
from ...types import Response

if TYPE_CHECKING:
    from ...models.http_validation_error import HTTPValidationError
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    *,
    x_alchemy_signature: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Alchemy-Signature"] = x_alchemy_signature

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/webhooks/alchemy",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HTTPValidationError | ProblemDetail | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = loads(response.content)
        return response_200

    if response.status_code == 400:
        response_400 = ProblemDetail.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(loads(response.content))

        return response_401

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(loads(response.content))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | HTTPValidationError | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    x_alchemy_signature: str,
) -> Response[Any | HTTPValidationError | ProblemDetail]:
    """Receiver for blockchain activity notifications, verified by their signature header.

    Args:
        x_alchemy_signature: The provider's HMAC signature over the raw body.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[Any | HTTPValidationError | ProblemDetail]

    """

    kwargs = _get_kwargs(
        x_alchemy_signature=x_alchemy_signature,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    x_alchemy_signature: str,
) -> Any | HTTPValidationError | ProblemDetail | None:
    """Receiver for blockchain activity notifications, verified by their signature header.

    Args:
        x_alchemy_signature: The provider's HMAC signature over the raw body.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Any | HTTPValidationError | ProblemDetail

    """

    return sync_detailed(
        client=client,
        x_alchemy_signature=x_alchemy_signature,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    x_alchemy_signature: str,
) -> Response[Any | HTTPValidationError | ProblemDetail]:
    """Receiver for blockchain activity notifications, verified by their signature header.

    Args:
        x_alchemy_signature: The provider's HMAC signature over the raw body.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[Any | HTTPValidationError | ProblemDetail]

    """

    kwargs = _get_kwargs(
        x_alchemy_signature=x_alchemy_signature,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    x_alchemy_signature: str,
) -> Any | HTTPValidationError | ProblemDetail | None:
    """Receiver for blockchain activity notifications, verified by their signature header.

    Args:
        x_alchemy_signature: The provider's HMAC signature over the raw body.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Any | HTTPValidationError | ProblemDetail

    """

    return (
        await asyncio_detailed(
            client=client,
            x_alchemy_signature=x_alchemy_signature,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "x_alchemy_signature": Parameter(
        "X-Alchemy-Signature",
        "x_alchemy_signature",
        "header",
        required=True,
        shape=Shape(kinds=("string",)),
        format=None,
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
