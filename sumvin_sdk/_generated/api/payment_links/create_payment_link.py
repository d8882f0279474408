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
    from ...models.http_validation_error_detail import HTTPValidationErrorDetail
    from ...models.payment_link_create_request import PaymentLinkCreateRequest
    from ...models.payment_link_response import PaymentLinkResponse
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    *,
    body: PaymentLinkCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/payment-links",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationErrorDetail | PaymentLinkResponse | ProblemDetail | None:
    if not TYPE_CHECKING:
        HTTPValidationErrorDetail = _models.HTTPValidationErrorDetail
        PaymentLinkResponse = _models.PaymentLinkResponse
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 201:
        response_201 = PaymentLinkResponse.from_dict(loads(response.content))

        return response_201

    if response.status_code == 400:
        response_400 = ProblemDetail.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetail.from_dict(loads(response.content))

        return response_403

    if response.status_code == 409:
        response_409 = ProblemDetail.from_dict(loads(response.content))

        return response_409

    if response.status_code == 410:
        response_410 = ProblemDetail.from_dict(loads(response.content))

        return response_410

    if response.status_code == 422:
        response_422 = HTTPValidationErrorDetail.from_dict(loads(response.content))

        return response_422

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
) -> Response[HTTPValidationErrorDetail | PaymentLinkResponse | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PaymentLinkCreateRequest,
) -> Response[HTTPValidationErrorDetail | PaymentLinkResponse | ProblemDetail]:
    """Creates a shareable payment link from a purchase intent the requester signed; the link's slug
    comes from the signature.

    Args:
        body: ``PaymentLinkCreateRequest``: Body of `create_payment_link`, which creates a shareable
            payment link from a purchase intent the requester signed; the link's slug comes from the
            signature.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationErrorDetail | PaymentLinkResponse | ProblemDetail]

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
    body: PaymentLinkCreateRequest,
) -> HTTPValidationErrorDetail | PaymentLinkResponse | ProblemDetail | None:
    """Creates a shareable payment link from a purchase intent the requester signed; the link's slug
    comes from the signature.

    Args:
        body: ``PaymentLinkCreateRequest``: Body of `create_payment_link`, which creates a shareable
            payment link from a purchase intent the requester signed; the link's slug comes from the
            signature.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationErrorDetail | PaymentLinkResponse | ProblemDetail

    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PaymentLinkCreateRequest,
) -> Response[HTTPValidationErrorDetail | PaymentLinkResponse | ProblemDetail]:
    """Creates a shareable payment link from a purchase intent the requester signed; the link's slug
    comes from the signature.

    Args:
        body: ``PaymentLinkCreateRequest``: Body of `create_payment_link`, which creates a shareable
            payment link from a purchase intent the requester signed; the link's slug comes from the
            signature.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationErrorDetail | PaymentLinkResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PaymentLinkCreateRequest,
) -> HTTPValidationErrorDetail | PaymentLinkResponse | ProblemDetail | None:
    """Creates a shareable payment link from a purchase intent the requester signed; the link's slug
    comes from the signature.

    Args:
        body: ``PaymentLinkCreateRequest``: Body of `create_payment_link`, which creates a shareable
            payment link from a purchase intent the requester signed; the link's slug comes from the
            signature.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationErrorDetail | PaymentLinkResponse | ProblemDetail

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
