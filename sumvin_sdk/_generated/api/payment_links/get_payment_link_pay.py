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
    from ...models.problem_detail import ProblemDetail
    from ...models.x402_payment_required import X402PaymentRequired
    from ...models.x402_settlement_response import X402SettlementResponse

    pass


def _get_kwargs(
    slug: str,
    *,
    accept: str | Unset | None = UNSET,
    payment_signature: str | Unset | None = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["accept"] = accept

    if not isinstance(payment_signature, Unset):
        headers["PAYMENT-SIGNATURE"] = payment_signature

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/pay/{slug}".format(
            slug=path_segment("slug", slug),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetail | X402PaymentRequired | X402SettlementResponse | None:
    if not TYPE_CHECKING:
        ProblemDetail = _models.ProblemDetail
        X402PaymentRequired = _models.X402PaymentRequired
        X402SettlementResponse = _models.X402SettlementResponse
    if response.status_code == 200:
        response_200 = X402SettlementResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ProblemDetail.from_dict(loads(response.content))

        return response_400

    if response.status_code == 402:
        response_402 = X402PaymentRequired.from_dict(loads(response.content))

        return response_402

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
        response_422 = ProblemDetail.from_dict(loads(response.content))

        return response_422

    if response.status_code == 429:
        response_429 = ProblemDetail.from_dict(loads(response.content))

        return response_429

    if response.status_code == 502:
        response_502 = ProblemDetail.from_dict(loads(response.content))

        return response_502

    if response.status_code == 503:
        response_503 = ProblemDetail.from_dict(loads(response.content))

        return response_503

    if response.status_code == 504:
        response_504 = ProblemDetail.from_dict(loads(response.content))

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProblemDetail | X402PaymentRequired | X402SettlementResponse]:
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
    accept: str | Unset | None = UNSET,
    payment_signature: str | Unset | None = UNSET,
) -> Response[ProblemDetail | X402PaymentRequired | X402SettlementResponse]:
    """Opens a payment link: without a payment signature it answers what to pay (x402); with one it
    settles the payment.

    Args:
        slug: Short code that names the payment link in its URL.
        accept: Media type wanted: JSON for the payment details, HTML for a page.
        payment_signature: The payer's signed x402 payment; when present the payment is settled.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[ProblemDetail | X402PaymentRequired | X402SettlementResponse]

    """

    kwargs = _get_kwargs(
        slug=slug,
        accept=accept,
        payment_signature=payment_signature,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset | None = UNSET,
    payment_signature: str | Unset | None = UNSET,
) -> ProblemDetail | X402PaymentRequired | X402SettlementResponse | None:
    """Opens a payment link: without a payment signature it answers what to pay (x402); with one it
    settles the payment.

    Args:
        slug: Short code that names the payment link in its URL.
        accept: Media type wanted: JSON for the payment details, HTML for a page.
        payment_signature: The payer's signed x402 payment; when present the payment is settled.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        ProblemDetail | X402PaymentRequired | X402SettlementResponse

    """

    return sync_detailed(
        slug=slug,
        client=client,
        accept=accept,
        payment_signature=payment_signature,
    ).parsed


async def asyncio_detailed(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset | None = UNSET,
    payment_signature: str | Unset | None = UNSET,
) -> Response[ProblemDetail | X402PaymentRequired | X402SettlementResponse]:
    """Opens a payment link: without a payment signature it answers what to pay (x402); with one it
    settles the payment.

    Args:
        slug: Short code that names the payment link in its URL.
        accept: Media type wanted: JSON for the payment details, HTML for a page.
        payment_signature: The payer's signed x402 payment; when present the payment is settled.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[ProblemDetail | X402PaymentRequired | X402SettlementResponse]

    """

    kwargs = _get_kwargs(
        slug=slug,
        accept=accept,
        payment_signature=payment_signature,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset | None = UNSET,
    payment_signature: str | Unset | None = UNSET,
) -> ProblemDetail | X402PaymentRequired | X402SettlementResponse | None:
    """Opens a payment link: without a payment signature it answers what to pay (x402); with one it
    settles the payment.

    Args:
        slug: Short code that names the payment link in its URL.
        accept: Media type wanted: JSON for the payment details, HTML for a page.
        payment_signature: The payer's signed x402 payment; when present the payment is settled.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        ProblemDetail | X402PaymentRequired | X402SettlementResponse

    """

    return (
        await asyncio_detailed(
            slug=slug,
            client=client,
            accept=accept,
            payment_signature=payment_signature,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "slug": Parameter("slug", "slug", "path", required=True, shape=Shape(kinds=("string",)), format=None),
    "accept": Parameter(
        "accept", "accept", "header", required=False, shape=Shape(kinds=("string", "null")), format=None
    ),
    "payment_signature": Parameter(
        "PAYMENT-SIGNATURE",
        "payment_signature",
        "header",
        required=False,
        shape=Shape(kinds=("string", "null")),
        format=None,
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
