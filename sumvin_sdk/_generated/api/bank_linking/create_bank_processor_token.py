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
    from ...models.create_processor_token_request import CreateProcessorTokenRequest
    from ...models.http_validation_error import HTTPValidationError
    from ...models.problem_detail import ProblemDetail
    from ...models.processor_token_response import ProcessorTokenResponse

    pass


def _get_kwargs(
    account_id: str,
    *,
    body: CreateProcessorTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/bank-linking/accounts/{account_id}/processor-token".format(
            account_id=path_segment("account_id", account_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ProblemDetail | ProcessorTokenResponse | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
        ProcessorTokenResponse = _models.ProcessorTokenResponse
    if response.status_code == 201:
        response_201 = ProcessorTokenResponse.from_dict(loads(response.content))

        return response_201

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
) -> Response[HTTPValidationError | ProblemDetail | ProcessorTokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateProcessorTokenRequest,
) -> Response[HTTPValidationError | ProblemDetail | ProcessorTokenResponse]:
    """Creates a processor token that lets a payment processor use one linked bank account.

    Args:
        account_id: Id of the linked account.
        body: ``CreateProcessorTokenRequest``: Body of `create_bank_processor_token`, which creates a
            processor token that lets a payment processor use one linked bank account.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | ProcessorTokenResponse]

    """

    kwargs = _get_kwargs(
        account_id=account_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateProcessorTokenRequest,
) -> HTTPValidationError | ProblemDetail | ProcessorTokenResponse | None:
    """Creates a processor token that lets a payment processor use one linked bank account.

    Args:
        account_id: Id of the linked account.
        body: ``CreateProcessorTokenRequest``: Body of `create_bank_processor_token`, which creates a
            processor token that lets a payment processor use one linked bank account.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | ProcessorTokenResponse

    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateProcessorTokenRequest,
) -> Response[HTTPValidationError | ProblemDetail | ProcessorTokenResponse]:
    """Creates a processor token that lets a payment processor use one linked bank account.

    Args:
        account_id: Id of the linked account.
        body: ``CreateProcessorTokenRequest``: Body of `create_bank_processor_token`, which creates a
            processor token that lets a payment processor use one linked bank account.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | ProcessorTokenResponse]

    """

    kwargs = _get_kwargs(
        account_id=account_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateProcessorTokenRequest,
) -> HTTPValidationError | ProblemDetail | ProcessorTokenResponse | None:
    """Creates a processor token that lets a payment processor use one linked bank account.

    Args:
        account_id: Id of the linked account.
        body: ``CreateProcessorTokenRequest``: Body of `create_bank_processor_token`, which creates a
            processor token that lets a payment processor use one linked bank account.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | ProcessorTokenResponse

    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            body=body,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "account_id": Parameter(
        "account_id", "account_id", "path", required=True, shape=Shape(kinds=("string",)), format=None
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
