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
    from ...models.cta_type import CTAType
    from ...models.get_cta_response import GetCTAResponse
    from ...models.http_validation_error import HTTPValidationError
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    *,
    type_: CTAType | Unset | None = UNSET,
) -> dict[str, Any]:
    if not TYPE_CHECKING:
        CTAType = _models.CTAType

    params: dict[str, Any] = {}

    json_type_: str | Unset | None
    if isinstance(type_, Unset):
        json_type_ = UNSET
    elif isinstance(type_, CTAType):
        json_type_ = CTAType(type_).value
    else:
        json_type_ = type_
    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/user/me/cta",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetCTAResponse | HTTPValidationError | ProblemDetail | None:
    if not TYPE_CHECKING:
        GetCTAResponse = _models.GetCTAResponse
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = GetCTAResponse.from_dict(loads(response.content))

        return response_200

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
) -> Response[GetCTAResponse | HTTPValidationError | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    type_: CTAType | Unset | None = UNSET,
) -> Response[GetCTAResponse | HTTPValidationError | ProblemDetail]:
    """Returns the calls-to-action to show the user on the home screen or in chat; `generating` is true
    while they are still being made.

    Args:
        type_: Where the calls-to-action are shown (`home` or `chat`); both when omitted.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[GetCTAResponse | HTTPValidationError | ProblemDetail]

    """

    kwargs = _get_kwargs(
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    type_: CTAType | Unset | None = UNSET,
) -> GetCTAResponse | HTTPValidationError | ProblemDetail | None:
    """Returns the calls-to-action to show the user on the home screen or in chat; `generating` is true
    while they are still being made.

    Args:
        type_: Where the calls-to-action are shown (`home` or `chat`); both when omitted.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        GetCTAResponse | HTTPValidationError | ProblemDetail

    """

    return sync_detailed(
        client=client,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    type_: CTAType | Unset | None = UNSET,
) -> Response[GetCTAResponse | HTTPValidationError | ProblemDetail]:
    """Returns the calls-to-action to show the user on the home screen or in chat; `generating` is true
    while they are still being made.

    Args:
        type_: Where the calls-to-action are shown (`home` or `chat`); both when omitted.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[GetCTAResponse | HTTPValidationError | ProblemDetail]

    """

    kwargs = _get_kwargs(
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    type_: CTAType | Unset | None = UNSET,
) -> GetCTAResponse | HTTPValidationError | ProblemDetail | None:
    """Returns the calls-to-action to show the user on the home screen or in chat; `generating` is true
    while they are still being made.

    Args:
        type_: Where the calls-to-action are shown (`home` or `chat`); both when omitted.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        GetCTAResponse | HTTPValidationError | ProblemDetail

    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "type_": Parameter(
        "type",
        "type_",
        "query",
        required=False,
        shape=Shape(kinds=("string", "null"), values=("home", "chat"), enum="CTAType"),
        format=None,
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
