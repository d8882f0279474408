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
    from ...models.card_issuer_webhook_ack import CardIssuerWebhookAck
    from ...models.handle_card_issuer_webhook_card_issuer_webhook_payload import (
        HandleCardIssuerWebhookCardIssuerWebhookPayload,
    )
    from ...models.http_validation_error import HTTPValidationError
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    *,
    body: HandleCardIssuerWebhookCardIssuerWebhookPayload,
    card_issuer_signature: str | Unset | None = UNSET,
    card_issuer_signature_timestamp: str | Unset | None = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(card_issuer_signature, Unset):
        headers["card-issuer-signature"] = card_issuer_signature

    if not isinstance(card_issuer_signature_timestamp, Unset):
        headers["card-issuer-signature-timestamp"] = card_issuer_signature_timestamp

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/webhooks/card-issuer/tokenize",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CardIssuerWebhookAck | HTTPValidationError | ProblemDetail | None:
    if not TYPE_CHECKING:
        CardIssuerWebhookAck = _models.CardIssuerWebhookAck
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = CardIssuerWebhookAck.from_dict(loads(response.content))

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
) -> Response[CardIssuerWebhookAck | HTTPValidationError | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: HandleCardIssuerWebhookCardIssuerWebhookPayload,
    card_issuer_signature: str | Unset | None = UNSET,
    card_issuer_signature_timestamp: str | Unset | None = UNSET,
) -> Response[CardIssuerWebhookAck | HTTPValidationError | ProblemDetail]:
    """Receiver for the card issuer's tokenisation events, verified by their signature headers.

    Args:
        body: ``HandleCardIssuerWebhookCardIssuerWebhookPayload``: A signed tokenisation request from
            the card issuer, carrying the raw card details.
        card_issuer_signature: The issuer's signature over the event.
        card_issuer_signature_timestamp: When the issuer signed the event; part of what is signed.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[CardIssuerWebhookAck | HTTPValidationError | ProblemDetail]

    """

    kwargs = _get_kwargs(
        body=body,
        card_issuer_signature=card_issuer_signature,
        card_issuer_signature_timestamp=card_issuer_signature_timestamp,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: HandleCardIssuerWebhookCardIssuerWebhookPayload,
    card_issuer_signature: str | Unset | None = UNSET,
    card_issuer_signature_timestamp: str | Unset | None = UNSET,
) -> CardIssuerWebhookAck | HTTPValidationError | ProblemDetail | None:
    """Receiver for the card issuer's tokenisation events, verified by their signature headers.

    Args:
        body: ``HandleCardIssuerWebhookCardIssuerWebhookPayload``: A signed tokenisation request from
            the card issuer, carrying the raw card details.
        card_issuer_signature: The issuer's signature over the event.
        card_issuer_signature_timestamp: When the issuer signed the event; part of what is signed.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        CardIssuerWebhookAck | HTTPValidationError | ProblemDetail

    """

    return sync_detailed(
        client=client,
        body=body,
        card_issuer_signature=card_issuer_signature,
        card_issuer_signature_timestamp=card_issuer_signature_timestamp,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: HandleCardIssuerWebhookCardIssuerWebhookPayload,
    card_issuer_signature: str | Unset | None = UNSET,
    card_issuer_signature_timestamp: str | Unset | None = UNSET,
) -> Response[CardIssuerWebhookAck | HTTPValidationError | ProblemDetail]:
    """Receiver for the card issuer's tokenisation events, verified by their signature headers.

    Args:
        body: ``HandleCardIssuerWebhookCardIssuerWebhookPayload``: A signed tokenisation request from
            the card issuer, carrying the raw card details.
        card_issuer_signature: The issuer's signature over the event.
        card_issuer_signature_timestamp: When the issuer signed the event; part of what is signed.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[CardIssuerWebhookAck | HTTPValidationError | ProblemDetail]

    """

    kwargs = _get_kwargs(
        body=body,
        card_issuer_signature=card_issuer_signature,
        card_issuer_signature_timestamp=card_issuer_signature_timestamp,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: HandleCardIssuerWebhookCardIssuerWebhookPayload,
    card_issuer_signature: str | Unset | None = UNSET,
    card_issuer_signature_timestamp: str | Unset | None = UNSET,
) -> CardIssuerWebhookAck | HTTPValidationError | ProblemDetail | None:
    """Receiver for the card issuer's tokenisation events, verified by their signature headers.

    Args:
        body: ``HandleCardIssuerWebhookCardIssuerWebhookPayload``: A signed tokenisation request from
            the card issuer, carrying the raw card details.
        card_issuer_signature: The issuer's signature over the event.
        card_issuer_signature_timestamp: When the issuer signed the event; part of what is signed.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        CardIssuerWebhookAck | HTTPValidationError | ProblemDetail

    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            card_issuer_signature=card_issuer_signature,
            card_issuer_signature_timestamp=card_issuer_signature_timestamp,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "card_issuer_signature": Parameter(
        "card-issuer-signature",
        "card_issuer_signature",
        "header",
        required=False,
        shape=Shape(kinds=("string", "null")),
        format=None,
    ),
    "card_issuer_signature_timestamp": Parameter(
        "card-issuer-signature-timestamp",
        "card_issuer_signature_timestamp",
        "header",
        required=False,
        shape=Shape(kinds=("string", "null")),
        format=None,
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
