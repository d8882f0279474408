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
    from ...models.device_code_status_response import DeviceCodeStatusResponse
    from ...models.http_validation_error import HTTPValidationError
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    device_code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/cli/device-codes/{device_code}".format(
            device_code=path_segment("device_code", device_code),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeviceCodeStatusResponse | HTTPValidationError | ProblemDetail | None:
    if not TYPE_CHECKING:
        DeviceCodeStatusResponse = _models.DeviceCodeStatusResponse
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = DeviceCodeStatusResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 404:
        response_404 = ProblemDetail.from_dict(loads(response.content))

        return response_404

    if response.status_code == 410:
        response_410 = ProblemDetail.from_dict(loads(response.content))

        return response_410

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(loads(response.content))

        return response_422

    if response.status_code == 429:
        response_429 = ProblemDetail.from_dict(loads(response.content))

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeviceCodeStatusResponse | HTTPValidationError | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    device_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeviceCodeStatusResponse | HTTPValidationError | ProblemDetail]:
    """Tells a command-line client whether its device sign-in was approved, denied or has expired.

    Args:
        device_code: The device code `create_device_code` returned to the client.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[DeviceCodeStatusResponse | HTTPValidationError | ProblemDetail]

    """

    kwargs = _get_kwargs(
        device_code=device_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    device_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeviceCodeStatusResponse | HTTPValidationError | ProblemDetail | None:
    """Tells a command-line client whether its device sign-in was approved, denied or has expired.

    Args:
        device_code: The device code `create_device_code` returned to the client.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        DeviceCodeStatusResponse | HTTPValidationError | ProblemDetail

    """

    return sync_detailed(
        device_code=device_code,
        client=client,
    ).parsed


async def asyncio_detailed(
    device_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeviceCodeStatusResponse | HTTPValidationError | ProblemDetail]:
    """Tells a command-line client whether its device sign-in was approved, denied or has expired.

    Args:
        device_code: The device code `create_device_code` returned to the client.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[DeviceCodeStatusResponse | HTTPValidationError | ProblemDetail]

    """

    kwargs = _get_kwargs(
        device_code=device_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    device_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeviceCodeStatusResponse | HTTPValidationError | ProblemDetail | None:
    """Tells a command-line client whether its device sign-in was approved, denied or has expired.

    Args:
        device_code: The device code `create_device_code` returned to the client.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        DeviceCodeStatusResponse | HTTPValidationError | ProblemDetail

    """

    return (
        await asyncio_detailed(
            device_code=device_code,
            client=client,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "device_code": Parameter(
        "device_code", "device_code", "path", required=True, shape=Shape(kinds=("string",)), format=None
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
