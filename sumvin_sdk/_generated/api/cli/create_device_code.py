from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from sumvin_sdk._json import loads

from ... import errors
from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...parameters import Parameter
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.device_code_create_request import DeviceCodeCreateRequest
    from ...models.device_code_create_response import DeviceCodeCreateResponse
    from ...models.http_validation_error import HTTPValidationError
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    *,
    body: DeviceCodeCreateRequest | Unset | None = UNSET,
) -> dict[str, Any]:
    if not TYPE_CHECKING:
        DeviceCodeCreateRequest = _models.DeviceCodeCreateRequest
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/cli/device-codes",
    }

    if not isinstance(body, Unset):
        if isinstance(body, DeviceCodeCreateRequest):
            _kwargs["json"] = body.to_dict()
        else:
            _kwargs["json"] = body

        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeviceCodeCreateResponse | HTTPValidationError | ProblemDetail | None:
    if not TYPE_CHECKING:
        DeviceCodeCreateResponse = _models.DeviceCodeCreateResponse
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 201:
        response_201 = DeviceCodeCreateResponse.from_dict(loads(response.content))

        return response_201

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
) -> Response[DeviceCodeCreateResponse | HTTPValidationError | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeviceCodeCreateRequest | Unset | None = UNSET,
) -> Response[DeviceCodeCreateResponse | HTTPValidationError | ProblemDetail]:
    """Starts a device sign-in: returns the code to show the user and the one the client polls with.

    Args:
        body: ``DeviceCodeCreateRequest | None``: the request body

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[DeviceCodeCreateResponse | HTTPValidationError | ProblemDetail]

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
    body: DeviceCodeCreateRequest | Unset | None = UNSET,
) -> DeviceCodeCreateResponse | HTTPValidationError | ProblemDetail | None:
    """Starts a device sign-in: returns the code to show the user and the one the client polls with.

    Args:
        body: ``DeviceCodeCreateRequest | None``: the request body

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        DeviceCodeCreateResponse | HTTPValidationError | ProblemDetail

    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeviceCodeCreateRequest | Unset | None = UNSET,
) -> Response[DeviceCodeCreateResponse | HTTPValidationError | ProblemDetail]:
    """Starts a device sign-in: returns the code to show the user and the one the client polls with.

    Args:
        body: ``DeviceCodeCreateRequest | None``: the request body

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[DeviceCodeCreateResponse | HTTPValidationError | ProblemDetail]

    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DeviceCodeCreateRequest | Unset | None = UNSET,
) -> DeviceCodeCreateResponse | HTTPValidationError | ProblemDetail | None:
    """Starts a device sign-in: returns the code to show the user and the one the client polls with.

    Args:
        body: ``DeviceCodeCreateRequest | None``: the request body

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        DeviceCodeCreateResponse | HTTPValidationError | ProblemDetail

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
