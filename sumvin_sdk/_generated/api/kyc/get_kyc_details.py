from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from sumvin_sdk._json import loads

from ... import errors
from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...parameters import Parameter, Shape
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.http_validation_error import HTTPValidationError
    from ...models.kyc_details_response import KYCDetailsResponse
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    *,
    refresh: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["refresh"] = refresh

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/kyc/details",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HTTPValidationError | KYCDetailsResponse | ProblemDetail | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        KYCDetailsResponse = _models.KYCDetailsResponse
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = KYCDetailsResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(loads(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(loads(response.content))

        return response_422

    if response.status_code == 502:
        response_502 = ProblemDetail.from_dict(loads(response.content))

        return response_502

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | HTTPValidationError | KYCDetailsResponse | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    refresh: bool | Unset = False,
) -> Response[Any | HTTPValidationError | KYCDetailsResponse | ProblemDetail]:
    """Returns the detailed state of the user's identity verification: checks, documents and review
    results.

    Args:
        refresh: Ask the verification provider for the latest state instead of the stored one.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[Any | HTTPValidationError | KYCDetailsResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        refresh=refresh,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    refresh: bool | Unset = False,
) -> Any | HTTPValidationError | KYCDetailsResponse | ProblemDetail | None:
    """Returns the detailed state of the user's identity verification: checks, documents and review
    results.

    Args:
        refresh: Ask the verification provider for the latest state instead of the stored one.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Any | HTTPValidationError | KYCDetailsResponse | ProblemDetail

    """

    return sync_detailed(
        client=client,
        refresh=refresh,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    refresh: bool | Unset = False,
) -> Response[Any | HTTPValidationError | KYCDetailsResponse | ProblemDetail]:
    """Returns the detailed state of the user's identity verification: checks, documents and review
    results.

    Args:
        refresh: Ask the verification provider for the latest state instead of the stored one.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[Any | HTTPValidationError | KYCDetailsResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        refresh=refresh,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    refresh: bool | Unset = False,
) -> Any | HTTPValidationError | KYCDetailsResponse | ProblemDetail | None:
    """Returns the detailed state of the user's identity verification: checks, documents and review
    results.

    Args:
        refresh: Ask the verification provider for the latest state instead of the stored one.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Any | HTTPValidationError | KYCDetailsResponse | ProblemDetail

    """

    return (
        await asyncio_detailed(
            client=client,
            refresh=refresh,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "refresh": Parameter("refresh", "refresh", "query", required=False, shape=Shape(kinds=("boolean",)), format=None),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
