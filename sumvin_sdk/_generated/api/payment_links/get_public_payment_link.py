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
    from ...models.http_validation_error import HTTPValidationError
    from ...models.payment_link_public_response import PaymentLinkPublicResponse
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    slug: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/payment-links/public/{slug}".format(
            slug=path_segment("slug", slug),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | PaymentLinkPublicResponse | ProblemDetail | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        PaymentLinkPublicResponse = _models.PaymentLinkPublicResponse
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = PaymentLinkPublicResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ProblemDetail.from_dict(loads(response.content))

        return response_400

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
) -> Response[HTTPValidationError | PaymentLinkPublicResponse | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[HTTPValidationError | PaymentLinkPublicResponse | ProblemDetail]:
    """Returns what a payer may see of a payment link, without signing in.

    Args:
        slug: Short code that names the payment link in its URL.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | PaymentLinkPublicResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        slug=slug,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> HTTPValidationError | PaymentLinkPublicResponse | ProblemDetail | None:
    """Returns what a payer may see of a payment link, without signing in.

    Args:
        slug: Short code that names the payment link in its URL.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | PaymentLinkPublicResponse | ProblemDetail

    """

    return sync_detailed(
        slug=slug,
        client=client,
    ).parsed


async def asyncio_detailed(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[HTTPValidationError | PaymentLinkPublicResponse | ProblemDetail]:
    """Returns what a payer may see of a payment link, without signing in.

    Args:
        slug: Short code that names the payment link in its URL.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | PaymentLinkPublicResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        slug=slug,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> HTTPValidationError | PaymentLinkPublicResponse | ProblemDetail | None:
    """Returns what a payer may see of a payment link, without signing in.

    Args:
        slug: Short code that names the payment link in its URL.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | PaymentLinkPublicResponse | ProblemDetail

    """

    return (
        await asyncio_detailed(
            slug=slug,
            client=client,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "slug": Parameter("slug", "slug", "path", required=True, shape=Shape(kinds=("string",)), format=None),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
