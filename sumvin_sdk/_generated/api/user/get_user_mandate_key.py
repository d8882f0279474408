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
    from ...models.mandate_key_activation_response import MandateKeyActivationResponse
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    *,
    chain_id: int | Unset | None = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_chain_id: int | Unset | None
    if isinstance(chain_id, Unset):
        json_chain_id = UNSET
    else:
        json_chain_id = chain_id
    params["chain_id"] = json_chain_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/user/me/mandate-key",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | MandateKeyActivationResponse | ProblemDetail | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        MandateKeyActivationResponse = _models.MandateKeyActivationResponse
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = MandateKeyActivationResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ProblemDetail.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(loads(response.content))

        return response_401

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(loads(response.content))

        return response_422

    if response.status_code == 429:
        response_429 = ProblemDetail.from_dict(loads(response.content))

        return response_429

    if response.status_code == 500:
        response_500 = ProblemDetail.from_dict(loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | MandateKeyActivationResponse | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    chain_id: int | Unset | None = UNSET,
) -> Response[HTTPValidationError | MandateKeyActivationResponse | ProblemDetail]:
    """Reports how far the user's mandate key setup has got (`stage`) and what to do next; only from
    the user's own browser session, not with a PAT or agent token.

    Args:
        chain_id: EVM chain id to check the mandate key on; the default chain when omitted.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | MandateKeyActivationResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    chain_id: int | Unset | None = UNSET,
) -> HTTPValidationError | MandateKeyActivationResponse | ProblemDetail | None:
    """Reports how far the user's mandate key setup has got (`stage`) and what to do next; only from
    the user's own browser session, not with a PAT or agent token.

    Args:
        chain_id: EVM chain id to check the mandate key on; the default chain when omitted.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | MandateKeyActivationResponse | ProblemDetail

    """

    return sync_detailed(
        client=client,
        chain_id=chain_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    chain_id: int | Unset | None = UNSET,
) -> Response[HTTPValidationError | MandateKeyActivationResponse | ProblemDetail]:
    """Reports how far the user's mandate key setup has got (`stage`) and what to do next; only from
    the user's own browser session, not with a PAT or agent token.

    Args:
        chain_id: EVM chain id to check the mandate key on; the default chain when omitted.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | MandateKeyActivationResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    chain_id: int | Unset | None = UNSET,
) -> HTTPValidationError | MandateKeyActivationResponse | ProblemDetail | None:
    """Reports how far the user's mandate key setup has got (`stage`) and what to do next; only from
    the user's own browser session, not with a PAT or agent token.

    Args:
        chain_id: EVM chain id to check the mandate key on; the default chain when omitted.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | MandateKeyActivationResponse | ProblemDetail

    """

    return (
        await asyncio_detailed(
            client=client,
            chain_id=chain_id,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "chain_id": Parameter(
        "chain_id", "chain_id", "query", required=False, shape=Shape(kinds=("integer", "null")), format=None
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
