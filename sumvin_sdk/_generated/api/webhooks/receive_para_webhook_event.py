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
    from ...models.http_validation_error import HTTPValidationError
    from ...models.para_webhook_ack import ParaWebhookAck
    from ...models.problem_detail import ProblemDetail
    from ...models.receive_para_webhook_event_para_webhook_payload import ReceiveParaWebhookEventParaWebhookPayload

    pass


def _get_kwargs(
    *,
    body: ReceiveParaWebhookEventParaWebhookPayload,
    webhook_signature: str | Unset | None = UNSET,
    webhook_timestamp: str | Unset | None = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(webhook_signature, Unset):
        headers["webhook-signature"] = webhook_signature

    if not isinstance(webhook_timestamp, Unset):
        headers["webhook-timestamp"] = webhook_timestamp

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/webhooks/para",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ParaWebhookAck | ProblemDetail | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        ParaWebhookAck = _models.ParaWebhookAck
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = ParaWebhookAck.from_dict(loads(response.content))

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
) -> Response[HTTPValidationError | ParaWebhookAck | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReceiveParaWebhookEventParaWebhookPayload,
    webhook_signature: str | Unset | None = UNSET,
    webhook_timestamp: str | Unset | None = UNSET,
) -> Response[HTTPValidationError | ParaWebhookAck | ProblemDetail]:
    """Receiver for the embedded-wallet provider's events, verified by their signature headers.

    Args:
        body: ``ReceiveParaWebhookEventParaWebhookPayload``: A signed event from the embedded-wallet
            provider: its kind and the wallet it is about.
        webhook_signature: The provider's signature over the event.
        webhook_timestamp: When the provider signed the event; part of what is signed.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ParaWebhookAck | ProblemDetail]

    """

    kwargs = _get_kwargs(
        body=body,
        webhook_signature=webhook_signature,
        webhook_timestamp=webhook_timestamp,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ReceiveParaWebhookEventParaWebhookPayload,
    webhook_signature: str | Unset | None = UNSET,
    webhook_timestamp: str | Unset | None = UNSET,
) -> HTTPValidationError | ParaWebhookAck | ProblemDetail | None:
    """Receiver for the embedded-wallet provider's events, verified by their signature headers.

    Args:
        body: ``ReceiveParaWebhookEventParaWebhookPayload``: A signed event from the embedded-wallet
            provider: its kind and the wallet it is about.
        webhook_signature: The provider's signature over the event.
        webhook_timestamp: When the provider signed the event; part of what is signed.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ParaWebhookAck | ProblemDetail

    """

    return sync_detailed(
        client=client,
        body=body,
        webhook_signature=webhook_signature,
        webhook_timestamp=webhook_timestamp,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReceiveParaWebhookEventParaWebhookPayload,
    webhook_signature: str | Unset | None = UNSET,
    webhook_timestamp: str | Unset | None = UNSET,
) -> Response[HTTPValidationError | ParaWebhookAck | ProblemDetail]:
    """Receiver for the embedded-wallet provider's events, verified by their signature headers.

    Args:
        body: ``ReceiveParaWebhookEventParaWebhookPayload``: A signed event from the embedded-wallet
            provider: its kind and the wallet it is about.
        webhook_signature: The provider's signature over the event.
        webhook_timestamp: When the provider signed the event; part of what is signed.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ParaWebhookAck | ProblemDetail]

    """

    kwargs = _get_kwargs(
        body=body,
        webhook_signature=webhook_signature,
        webhook_timestamp=webhook_timestamp,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ReceiveParaWebhookEventParaWebhookPayload,
    webhook_signature: str | Unset | None = UNSET,
    webhook_timestamp: str | Unset | None = UNSET,
) -> HTTPValidationError | ParaWebhookAck | ProblemDetail | None:
    """Receiver for the embedded-wallet provider's events, verified by their signature headers.

    Args:
        body: ``ReceiveParaWebhookEventParaWebhookPayload``: A signed event from the embedded-wallet
            provider: its kind and the wallet it is about.
        webhook_signature: The provider's signature over the event.
        webhook_timestamp: When the provider signed the event; part of what is signed.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ParaWebhookAck | ProblemDetail

    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            webhook_signature=webhook_signature,
            webhook_timestamp=webhook_timestamp,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "webhook_signature": Parameter(
        "webhook-signature",
        "webhook_signature",
        "header",
        required=False,
        shape=Shape(kinds=("string", "null")),
        format=None,
    ),
    "webhook_timestamp": Parameter(
        "webhook-timestamp",
        "webhook_timestamp",
        "header",
        required=False,
        shape=Shape(kinds=("string", "null")),
        format=None,
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
