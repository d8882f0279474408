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
    from ...models.create_ipa_request import CreateIPARequest
    from ...models.http_validation_error import HTTPValidationError
    from ...models.ipa_detail_response import IPADetailResponse
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    *,
    body: CreateIPARequest,
    idempotency_key: str | Unset | None = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/user/ipa/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | IPADetailResponse | ProblemDetail | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        IPADetailResponse = _models.IPADetailResponse
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 202:
        response_202 = IPADetailResponse.from_dict(loads(response.content))

        return response_202

    if response.status_code == 208:
        response_208 = IPADetailResponse.from_dict(loads(response.content))

        return response_208

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetail.from_dict(loads(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = ProblemDetail.from_dict(loads(response.content))

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(loads(response.content))

        return response_422

    if response.status_code == 424:
        response_424 = ProblemDetail.from_dict(loads(response.content))

        return response_424

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | IPADetailResponse | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateIPARequest,
    idempotency_key: str | Unset | None = UNSET,
) -> Response[HTTPValidationError | IPADetailResponse | ProblemDetail]:
    """Asks an agent to run an errand from a plain-language request; the work starts in the background.

    Args:
        body: ``CreateIPARequest``: Body of `create_ipa`, which asks an agent to run an errand from a
            plain-language request; the work starts in the background.
        idempotency_key: Makes retries safe: a repeat with the same key returns the first outcome instead of
            acting twice.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | IPADetailResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateIPARequest,
    idempotency_key: str | Unset | None = UNSET,
) -> HTTPValidationError | IPADetailResponse | ProblemDetail | None:
    """Asks an agent to run an errand from a plain-language request; the work starts in the background.

    Args:
        body: ``CreateIPARequest``: Body of `create_ipa`, which asks an agent to run an errand from a
            plain-language request; the work starts in the background.
        idempotency_key: Makes retries safe: a repeat with the same key returns the first outcome instead of
            acting twice.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | IPADetailResponse | ProblemDetail

    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateIPARequest,
    idempotency_key: str | Unset | None = UNSET,
) -> Response[HTTPValidationError | IPADetailResponse | ProblemDetail]:
    """Asks an agent to run an errand from a plain-language request; the work starts in the background.

    Args:
        body: ``CreateIPARequest``: Body of `create_ipa`, which asks an agent to run an errand from a
            plain-language request; the work starts in the background.
        idempotency_key: Makes retries safe: a repeat with the same key returns the first outcome instead of
            acting twice.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | IPADetailResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateIPARequest,
    idempotency_key: str | Unset | None = UNSET,
) -> HTTPValidationError | IPADetailResponse | ProblemDetail | None:
    """Asks an agent to run an errand from a plain-language request; the work starts in the background.

    Args:
        body: ``CreateIPARequest``: Body of `create_ipa`, which asks an agent to run an errand from a
            plain-language request; the work starts in the background.
        idempotency_key: Makes retries safe: a repeat with the same key returns the first outcome instead of
            acting twice.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | IPADetailResponse | ProblemDetail

    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "idempotency_key": Parameter(
        "Idempotency-Key",
        "idempotency_key",
        "header",
        required=False,
        shape=Shape(kinds=("string", "null")),
        format=None,
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
