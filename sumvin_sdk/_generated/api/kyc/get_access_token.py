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
    from ...models.get_access_token_level_type_0 import GetAccessTokenLevelType0
    from ...models.http_validation_error import HTTPValidationError
    from ...models.kyc_access_token_response import KYCAccessTokenResponse
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    *,
    level: GetAccessTokenLevelType0 | Unset | None = UNSET,
) -> dict[str, Any]:
    if not TYPE_CHECKING:
        GetAccessTokenLevelType0 = _models.GetAccessTokenLevelType0

    params: dict[str, Any] = {}

    json_level: str | Unset | None
    if isinstance(level, Unset):
        json_level = UNSET
    elif isinstance(level, GetAccessTokenLevelType0):
        json_level = GetAccessTokenLevelType0(level).value
    else:
        json_level = level
    params["level"] = json_level

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/kyc/access-token",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | KYCAccessTokenResponse | ProblemDetail | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        KYCAccessTokenResponse = _models.KYCAccessTokenResponse
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = KYCAccessTokenResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(loads(response.content))

        return response_401

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(loads(response.content))

        return response_422

    if response.status_code == 500:
        response_500 = ProblemDetail.from_dict(loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | KYCAccessTokenResponse | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    level: GetAccessTokenLevelType0 | Unset | None = UNSET,
) -> Response[HTTPValidationError | KYCAccessTokenResponse | ProblemDetail]:
    """Returns a short-lived token for the identity-verification SDK, for the liveness or passport
    level.

    Args:
        level: Verification level the token is for: `liveness` or `passport`; the default level when
            omitted.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | KYCAccessTokenResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        level=level,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    level: GetAccessTokenLevelType0 | Unset | None = UNSET,
) -> HTTPValidationError | KYCAccessTokenResponse | ProblemDetail | None:
    """Returns a short-lived token for the identity-verification SDK, for the liveness or passport
    level.

    Args:
        level: Verification level the token is for: `liveness` or `passport`; the default level when
            omitted.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | KYCAccessTokenResponse | ProblemDetail

    """

    return sync_detailed(
        client=client,
        level=level,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    level: GetAccessTokenLevelType0 | Unset | None = UNSET,
) -> Response[HTTPValidationError | KYCAccessTokenResponse | ProblemDetail]:
    """Returns a short-lived token for the identity-verification SDK, for the liveness or passport
    level.

    Args:
        level: Verification level the token is for: `liveness` or `passport`; the default level when
            omitted.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | KYCAccessTokenResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        level=level,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    level: GetAccessTokenLevelType0 | Unset | None = UNSET,
) -> HTTPValidationError | KYCAccessTokenResponse | ProblemDetail | None:
    """Returns a short-lived token for the identity-verification SDK, for the liveness or passport
    level.

    Args:
        level: Verification level the token is for: `liveness` or `passport`; the default level when
            omitted.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | KYCAccessTokenResponse | ProblemDetail

    """

    return (
        await asyncio_detailed(
            client=client,
            level=level,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "level": Parameter(
        "level",
        "level",
        "query",
        required=False,
        shape=Shape(kinds=("string", "null"), values=("liveness", "passport")),
        format=None,
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
