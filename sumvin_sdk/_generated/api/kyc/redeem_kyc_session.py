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
    from ...models.kyc_session_redemption_response import KycSessionRedemptionResponse
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    *,
    x_sumvin_kyc_ticket: str | Unset | None = UNSET,
    idempotency_key: str | Unset | None = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_sumvin_kyc_ticket, Unset):
        headers["x-sumvin-kyc-ticket"] = x_sumvin_kyc_ticket

    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/kyc/sessions/redemption",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | KycSessionRedemptionResponse | ProblemDetail | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        KycSessionRedemptionResponse = _models.KycSessionRedemptionResponse
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = KycSessionRedemptionResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ProblemDetail.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(loads(response.content))

        return response_401

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
) -> Response[HTTPValidationError | KycSessionRedemptionResponse | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    x_sumvin_kyc_ticket: str | Unset | None = UNSET,
    idempotency_key: str | Unset | None = UNSET,
) -> Response[HTTPValidationError | KycSessionRedemptionResponse | ProblemDetail]:
    """Trades a verification session's ticket, sent in a header, for the Sumsub token that starts
    identity capture; works once.

    Args:
        x_sumvin_kyc_ticket: The verification session ticket that `mint_kyc_session` returned.
        idempotency_key: Makes retries safe: a repeat with the same key returns the first outcome.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | KycSessionRedemptionResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        x_sumvin_kyc_ticket=x_sumvin_kyc_ticket,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    x_sumvin_kyc_ticket: str | Unset | None = UNSET,
    idempotency_key: str | Unset | None = UNSET,
) -> HTTPValidationError | KycSessionRedemptionResponse | ProblemDetail | None:
    """Trades a verification session's ticket, sent in a header, for the Sumsub token that starts
    identity capture; works once.

    Args:
        x_sumvin_kyc_ticket: The verification session ticket that `mint_kyc_session` returned.
        idempotency_key: Makes retries safe: a repeat with the same key returns the first outcome.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | KycSessionRedemptionResponse | ProblemDetail

    """

    return sync_detailed(
        client=client,
        x_sumvin_kyc_ticket=x_sumvin_kyc_ticket,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    x_sumvin_kyc_ticket: str | Unset | None = UNSET,
    idempotency_key: str | Unset | None = UNSET,
) -> Response[HTTPValidationError | KycSessionRedemptionResponse | ProblemDetail]:
    """Trades a verification session's ticket, sent in a header, for the Sumsub token that starts
    identity capture; works once.

    Args:
        x_sumvin_kyc_ticket: The verification session ticket that `mint_kyc_session` returned.
        idempotency_key: Makes retries safe: a repeat with the same key returns the first outcome.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | KycSessionRedemptionResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        x_sumvin_kyc_ticket=x_sumvin_kyc_ticket,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    x_sumvin_kyc_ticket: str | Unset | None = UNSET,
    idempotency_key: str | Unset | None = UNSET,
) -> HTTPValidationError | KycSessionRedemptionResponse | ProblemDetail | None:
    """Trades a verification session's ticket, sent in a header, for the Sumsub token that starts
    identity capture; works once.

    Args:
        x_sumvin_kyc_ticket: The verification session ticket that `mint_kyc_session` returned.
        idempotency_key: Makes retries safe: a repeat with the same key returns the first outcome.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | KycSessionRedemptionResponse | ProblemDetail

    """

    return (
        await asyncio_detailed(
            client=client,
            x_sumvin_kyc_ticket=x_sumvin_kyc_ticket,
            idempotency_key=idempotency_key,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "x_sumvin_kyc_ticket": Parameter(
        "x-sumvin-kyc-ticket",
        "x_sumvin_kyc_ticket",
        "header",
        required=False,
        shape=Shape(kinds=("string", "null")),
        format=None,
    ),
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
