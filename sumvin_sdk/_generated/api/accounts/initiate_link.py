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
    from ...models.http_validation_error import HTTPValidationError
    from ...models.link_request import LinkRequest
    from ...models.link_response import LinkResponse
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    *,
    body: LinkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/accounts/link",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | LinkResponse | ProblemDetail | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        LinkResponse = _models.LinkResponse
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = LinkResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 202:
        response_202 = LinkResponse.from_dict(loads(response.content))

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

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(loads(response.content))

        return response_422

    if response.status_code == 424:
        response_424 = ProblemDetail.from_dict(loads(response.content))

        return response_424

    if response.status_code == 500:
        response_500 = ProblemDetail.from_dict(loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | LinkResponse | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: LinkRequest,
) -> Response[HTTPValidationError | LinkResponse | ProblemDetail]:
    """Starts linking an external financial account with a provider and returns what the client needs
    to continue.

    Args:
        body: ``LinkRequest``: Body of `initiate_link`, which starts linking an external financial
            account with a provider and returns what the client needs to continue.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | LinkResponse | ProblemDetail]

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
    body: LinkRequest,
) -> HTTPValidationError | LinkResponse | ProblemDetail | None:
    """Starts linking an external financial account with a provider and returns what the client needs
    to continue.

    Args:
        body: ``LinkRequest``: Body of `initiate_link`, which starts linking an external financial
            account with a provider and returns what the client needs to continue.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | LinkResponse | ProblemDetail

    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: LinkRequest,
) -> Response[HTTPValidationError | LinkResponse | ProblemDetail]:
    """Starts linking an external financial account with a provider and returns what the client needs
    to continue.

    Args:
        body: ``LinkRequest``: Body of `initiate_link`, which starts linking an external financial
            account with a provider and returns what the client needs to continue.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | LinkResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: LinkRequest,
) -> HTTPValidationError | LinkResponse | ProblemDetail | None:
    """Starts linking an external financial account with a provider and returns what the client needs
    to continue.

    Args:
        body: ``LinkRequest``: Body of `initiate_link`, which starts linking an external financial
            account with a provider and returns what the client needs to continue.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | LinkResponse | ProblemDetail

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
