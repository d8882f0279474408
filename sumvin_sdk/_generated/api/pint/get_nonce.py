from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from sumvin_sdk._json import loads

from ... import errors
from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...parameters import Parameter, Shape
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.http_validation_error_detail import HTTPValidationErrorDetail
    from ...models.nonce_response import NonceResponse
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    *,
    wallet: str,
    authorization: str | Unset | None = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(authorization, Unset):
        headers["authorization"] = authorization

    params: dict[str, Any] = {}

    params["wallet"] = wallet

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/pint/nonce",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationErrorDetail | NonceResponse | ProblemDetail | None:
    if not TYPE_CHECKING:
        HTTPValidationErrorDetail = _models.HTTPValidationErrorDetail
        NonceResponse = _models.NonceResponse
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = NonceResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ProblemDetail.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetail.from_dict(loads(response.content))

        return response_403

    if response.status_code == 422:
        response_422 = HTTPValidationErrorDetail.from_dict(loads(response.content))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationErrorDetail | NonceResponse | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    wallet: str,
    authorization: str | Unset | None = UNSET,
) -> Response[HTTPValidationErrorDetail | NonceResponse | ProblemDetail]:
    """Returns the next nonce a wallet the caller owns can sign a PINT with; it skips nonces held by
    approvals still waiting for a signature.

    Args:
        wallet: Address of the wallet that will sign the next purchase intent.
        authorization: Optional `Bearer` credential of the caller.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationErrorDetail | NonceResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        wallet=wallet,
        authorization=authorization,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    wallet: str,
    authorization: str | Unset | None = UNSET,
) -> HTTPValidationErrorDetail | NonceResponse | ProblemDetail | None:
    """Returns the next nonce a wallet the caller owns can sign a PINT with; it skips nonces held by
    approvals still waiting for a signature.

    Args:
        wallet: Address of the wallet that will sign the next purchase intent.
        authorization: Optional `Bearer` credential of the caller.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationErrorDetail | NonceResponse | ProblemDetail

    """

    return sync_detailed(
        client=client,
        wallet=wallet,
        authorization=authorization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    wallet: str,
    authorization: str | Unset | None = UNSET,
) -> Response[HTTPValidationErrorDetail | NonceResponse | ProblemDetail]:
    """Returns the next nonce a wallet the caller owns can sign a PINT with; it skips nonces held by
    approvals still waiting for a signature.

    Args:
        wallet: Address of the wallet that will sign the next purchase intent.
        authorization: Optional `Bearer` credential of the caller.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationErrorDetail | NonceResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        wallet=wallet,
        authorization=authorization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    wallet: str,
    authorization: str | Unset | None = UNSET,
) -> HTTPValidationErrorDetail | NonceResponse | ProblemDetail | None:
    """Returns the next nonce a wallet the caller owns can sign a PINT with; it skips nonces held by
    approvals still waiting for a signature.

    Args:
        wallet: Address of the wallet that will sign the next purchase intent.
        authorization: Optional `Bearer` credential of the caller.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationErrorDetail | NonceResponse | ProblemDetail

    """

    return (
        await asyncio_detailed(
            client=client,
            wallet=wallet,
            authorization=authorization,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "wallet": Parameter("wallet", "wallet", "query", required=True, shape=Shape(kinds=("string",)), format=None),
    "authorization": Parameter(
        "authorization", "authorization", "header", required=False, shape=Shape(kinds=("string", "null")), format=None
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
