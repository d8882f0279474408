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
    from ...models.pint_exchange_response import PintExchangeResponse
    from ...models.problem_detail import ProblemDetail
    from ...models.user_pint_exchange_request import UserPintExchangeRequest

    pass


def _get_kwargs(
    *,
    body: UserPintExchangeRequest,
    agent: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["agent"] = agent

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/pint/exchange",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationErrorDetail | PintExchangeResponse | ProblemDetail | None:
    if not TYPE_CHECKING:
        HTTPValidationErrorDetail = _models.HTTPValidationErrorDetail
        PintExchangeResponse = _models.PintExchangeResponse
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 201:
        response_201 = PintExchangeResponse.from_dict(loads(response.content))

        return response_201

    if response.status_code == 208:
        response_208 = PintExchangeResponse.from_dict(loads(response.content))

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

    if response.status_code == 404:
        response_404 = ProblemDetail.from_dict(loads(response.content))

        return response_404

    if response.status_code == 409:
        response_409 = ProblemDetail.from_dict(loads(response.content))

        return response_409

    if response.status_code == 410:
        response_410 = ProblemDetail.from_dict(loads(response.content))

        return response_410

    if response.status_code == 422:
        response_422 = HTTPValidationErrorDetail.from_dict(loads(response.content))

        return response_422

    if response.status_code == 424:
        response_424 = ProblemDetail.from_dict(loads(response.content))

        return response_424

    if response.status_code == 500:
        response_500 = ProblemDetail.from_dict(loads(response.content))

        return response_500

    if response.status_code == 503:
        response_503 = ProblemDetail.from_dict(loads(response.content))

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationErrorDetail | PintExchangeResponse | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UserPintExchangeRequest,
    agent: bool | Unset = False,
) -> Response[HTTPValidationErrorDetail | PintExchangeResponse | ProblemDetail]:
    """Exchanges a signed purchase intent for a PINT token addressed to its `audience` (yourself when
    omitted); 208 when already exchanged.

    Args:
        body: ``UserPintExchangeRequest``: Body of `exchange_pint`, which exchanges a signed purchase
            intent for a PINT token addressed to its `audience` (yourself when omitted); 208 when
            already exchanged.
        agent: `True` to have Sumvin sign the intent with the user's own agent signer (then send no
            signature; the token is addressed to the user). `False` to send your own signature.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationErrorDetail | PintExchangeResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        body=body,
        agent=agent,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: UserPintExchangeRequest,
    agent: bool | Unset = False,
) -> HTTPValidationErrorDetail | PintExchangeResponse | ProblemDetail | None:
    """Exchanges a signed purchase intent for a PINT token addressed to its `audience` (yourself when
    omitted); 208 when already exchanged.

    Args:
        body: ``UserPintExchangeRequest``: Body of `exchange_pint`, which exchanges a signed purchase
            intent for a PINT token addressed to its `audience` (yourself when omitted); 208 when
            already exchanged.
        agent: `True` to have Sumvin sign the intent with the user's own agent signer (then send no
            signature; the token is addressed to the user). `False` to send your own signature.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationErrorDetail | PintExchangeResponse | ProblemDetail

    """

    return sync_detailed(
        client=client,
        body=body,
        agent=agent,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UserPintExchangeRequest,
    agent: bool | Unset = False,
) -> Response[HTTPValidationErrorDetail | PintExchangeResponse | ProblemDetail]:
    """Exchanges a signed purchase intent for a PINT token addressed to its `audience` (yourself when
    omitted); 208 when already exchanged.

    Args:
        body: ``UserPintExchangeRequest``: Body of `exchange_pint`, which exchanges a signed purchase
            intent for a PINT token addressed to its `audience` (yourself when omitted); 208 when
            already exchanged.
        agent: `True` to have Sumvin sign the intent with the user's own agent signer (then send no
            signature; the token is addressed to the user). `False` to send your own signature.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationErrorDetail | PintExchangeResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        body=body,
        agent=agent,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UserPintExchangeRequest,
    agent: bool | Unset = False,
) -> HTTPValidationErrorDetail | PintExchangeResponse | ProblemDetail | None:
    """Exchanges a signed purchase intent for a PINT token addressed to its `audience` (yourself when
    omitted); 208 when already exchanged.

    Args:
        body: ``UserPintExchangeRequest``: Body of `exchange_pint`, which exchanges a signed purchase
            intent for a PINT token addressed to its `audience` (yourself when omitted); 208 when
            already exchanged.
        agent: `True` to have Sumvin sign the intent with the user's own agent signer (then send no
            signature; the token is addressed to the user). `False` to send your own signature.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationErrorDetail | PintExchangeResponse | ProblemDetail

    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            agent=agent,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "agent": Parameter("agent", "agent", "query", required=False, shape=Shape(kinds=("boolean",)), format=None),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
