from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from sumvin_sdk._json import loads

from ... import errors
from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...parameters import Limits, Parameter, Shape
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.problem_detail import ProblemDetail
    from ...models.safe_rpc_request import SafeRpcRequest
    from ...models.safe_rpc_response import SafeRpcResponse

    pass


def _get_kwargs(
    *,
    body: SafeRpcRequest,
    idempotency_key: str | Unset | None = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/safe/rpc",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetail | SafeRpcResponse | None:
    if not TYPE_CHECKING:
        ProblemDetail = _models.ProblemDetail
        SafeRpcResponse = _models.SafeRpcResponse
    if response.status_code == 202:
        response_202 = SafeRpcResponse.from_dict(loads(response.content))

        return response_202

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
        response_422 = ProblemDetail.from_dict(loads(response.content))

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
) -> Response[ProblemDetail | SafeRpcResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SafeRpcRequest,
    idempotency_key: str | Unset | None = UNSET,
) -> Response[ProblemDetail | SafeRpcResponse]:
    """Submits a signed UserOperation to be sponsored and relayed; replays with the same
    Idempotency-Key are not sent twice.

    Args:
        body: ``SafeRpcRequest``: Body of `send_safe_rpc`, which submits a signed UserOperation to be
            sponsored and relayed; replays with the same Idempotency-Key are not sent twice.
        idempotency_key: Makes retries safe: a repeat with the same key returns the first outcome instead of
            acting twice.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[ProblemDetail | SafeRpcResponse]

    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SafeRpcRequest,
    idempotency_key: str | Unset | None = UNSET,
) -> ProblemDetail | SafeRpcResponse | None:
    """Submits a signed UserOperation to be sponsored and relayed; replays with the same
    Idempotency-Key are not sent twice.

    Args:
        body: ``SafeRpcRequest``: Body of `send_safe_rpc`, which submits a signed UserOperation to be
            sponsored and relayed; replays with the same Idempotency-Key are not sent twice.
        idempotency_key: Makes retries safe: a repeat with the same key returns the first outcome instead of
            acting twice.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        ProblemDetail | SafeRpcResponse

    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SafeRpcRequest,
    idempotency_key: str | Unset | None = UNSET,
) -> Response[ProblemDetail | SafeRpcResponse]:
    """Submits a signed UserOperation to be sponsored and relayed; replays with the same
    Idempotency-Key are not sent twice.

    Args:
        body: ``SafeRpcRequest``: Body of `send_safe_rpc`, which submits a signed UserOperation to be
            sponsored and relayed; replays with the same Idempotency-Key are not sent twice.
        idempotency_key: Makes retries safe: a repeat with the same key returns the first outcome instead of
            acting twice.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[ProblemDetail | SafeRpcResponse]

    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SafeRpcRequest,
    idempotency_key: str | Unset | None = UNSET,
) -> ProblemDetail | SafeRpcResponse | None:
    """Submits a signed UserOperation to be sponsored and relayed; replays with the same
    Idempotency-Key are not sent twice.

    Args:
        body: ``SafeRpcRequest``: Body of `send_safe_rpc`, which submits a signed UserOperation to be
            sponsored and relayed; replays with the same Idempotency-Key are not sent twice.
        idempotency_key: Makes retries safe: a repeat with the same key returns the first outcome instead of
            acting twice.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        ProblemDetail | SafeRpcResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "idempotency_key": Parameter(
        "Idempotency-Key",
        "idempotency_key",
        "header",
        required=False,
        shape=Shape(kinds=("string", "null"), limits=Limits(max_length=255)),
        format=None,
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
