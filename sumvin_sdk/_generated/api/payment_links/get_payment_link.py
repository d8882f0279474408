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
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.http_validation_error import HTTPValidationError
    from ...models.payment_link_response import PaymentLinkResponse
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    slug: str,
    *,
    expand: list[str] | Unset | None = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_expand: list[str] | Unset | None
    if isinstance(expand, Unset):
        json_expand = UNSET
    elif isinstance(expand, list):
        json_expand = expand

    else:
        json_expand = expand
    params["expand"] = json_expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/payment-links/{slug}".format(
            slug=path_segment("slug", slug),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | PaymentLinkResponse | ProblemDetail | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        PaymentLinkResponse = _models.PaymentLinkResponse
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = PaymentLinkResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 404:
        response_404 = ProblemDetail.from_dict(loads(response.content))

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(loads(response.content))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | PaymentLinkResponse | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    slug: str,
    *,
    client: AuthenticatedClient,
    expand: list[str] | Unset | None = UNSET,
) -> Response[HTTPValidationError | PaymentLinkResponse | ProblemDetail]:
    """Returns one of the user's payment links by slug, optionally with its PINT or transaction.

    Args:
        slug: Short code that names the payment link in its URL.
        expand: Related data to embed: `pint`, `transaction`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | PaymentLinkResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        slug=slug,
        expand=expand,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slug: str,
    *,
    client: AuthenticatedClient,
    expand: list[str] | Unset | None = UNSET,
) -> HTTPValidationError | PaymentLinkResponse | ProblemDetail | None:
    """Returns one of the user's payment links by slug, optionally with its PINT or transaction.

    Args:
        slug: Short code that names the payment link in its URL.
        expand: Related data to embed: `pint`, `transaction`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | PaymentLinkResponse | ProblemDetail

    """

    return sync_detailed(
        slug=slug,
        client=client,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    slug: str,
    *,
    client: AuthenticatedClient,
    expand: list[str] | Unset | None = UNSET,
) -> Response[HTTPValidationError | PaymentLinkResponse | ProblemDetail]:
    """Returns one of the user's payment links by slug, optionally with its PINT or transaction.

    Args:
        slug: Short code that names the payment link in its URL.
        expand: Related data to embed: `pint`, `transaction`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | PaymentLinkResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        slug=slug,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slug: str,
    *,
    client: AuthenticatedClient,
    expand: list[str] | Unset | None = UNSET,
) -> HTTPValidationError | PaymentLinkResponse | ProblemDetail | None:
    """Returns one of the user's payment links by slug, optionally with its PINT or transaction.

    Args:
        slug: Short code that names the payment link in its URL.
        expand: Related data to embed: `pint`, `transaction`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | PaymentLinkResponse | ProblemDetail

    """

    return (
        await asyncio_detailed(
            slug=slug,
            client=client,
            expand=expand,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "slug": Parameter("slug", "slug", "path", required=True, shape=Shape(kinds=("string",)), format=None),
    "expand": Parameter(
        "expand",
        "expand",
        "query",
        required=False,
        shape=Shape(kinds=("array", "null"), items=Shape(kinds=("string",))),
        format=None,
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
