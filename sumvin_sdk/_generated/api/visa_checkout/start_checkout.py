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
    from ...models.card_checkout_source import CardCheckoutSource
    from ...models.demo_checkout_source import DemoCheckoutSource
    from ...models.http_validation_error import HTTPValidationError
    from ...models.problem_detail import ProblemDetail
    from ...models.visa_checkout_accepted_response import VisaCheckoutAcceptedResponse

    pass


def _get_kwargs(
    *,
    body: CardCheckoutSource | DemoCheckoutSource,
) -> dict[str, Any]:
    if not TYPE_CHECKING:
        DemoCheckoutSource = _models.DemoCheckoutSource
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/visa/checkout",
    }

    if isinstance(body, DemoCheckoutSource):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ProblemDetail | VisaCheckoutAcceptedResponse | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
        VisaCheckoutAcceptedResponse = _models.VisaCheckoutAcceptedResponse
    if response.status_code == 202:
        response_202 = VisaCheckoutAcceptedResponse.from_dict(loads(response.content))

        return response_202

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
) -> Response[HTTPValidationError | ProblemDetail | VisaCheckoutAcceptedResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CardCheckoutSource | DemoCheckoutSource,
) -> Response[HTTPValidationError | ProblemDetail | VisaCheckoutAcceptedResponse]:
    """Starts a checkout with a card or the demo source; it proceeds in the background.

    Args:
        body: ``CardCheckoutSource | DemoCheckoutSource``: the request body

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | VisaCheckoutAcceptedResponse]

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
    body: CardCheckoutSource | DemoCheckoutSource,
) -> HTTPValidationError | ProblemDetail | VisaCheckoutAcceptedResponse | None:
    """Starts a checkout with a card or the demo source; it proceeds in the background.

    Args:
        body: ``CardCheckoutSource | DemoCheckoutSource``: the request body

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | VisaCheckoutAcceptedResponse

    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CardCheckoutSource | DemoCheckoutSource,
) -> Response[HTTPValidationError | ProblemDetail | VisaCheckoutAcceptedResponse]:
    """Starts a checkout with a card or the demo source; it proceeds in the background.

    Args:
        body: ``CardCheckoutSource | DemoCheckoutSource``: the request body

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | VisaCheckoutAcceptedResponse]

    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CardCheckoutSource | DemoCheckoutSource,
) -> HTTPValidationError | ProblemDetail | VisaCheckoutAcceptedResponse | None:
    """Starts a checkout with a card or the demo source; it proceeds in the background.

    Args:
        body: ``CardCheckoutSource | DemoCheckoutSource``: the request body

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | VisaCheckoutAcceptedResponse

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
