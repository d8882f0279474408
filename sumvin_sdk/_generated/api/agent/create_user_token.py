from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from sumvin_sdk._json import loads

from ... import errors
from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...parameters import Parameter, Shape
from ...types import Response

if TYPE_CHECKING:
    from ...models.create_agent_token_request import CreateAgentTokenRequest
    from ...models.create_agent_token_response import CreateAgentTokenResponse
    from ...models.http_validation_error import HTTPValidationError
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    *,
    body: CreateAgentTokenRequest,
    x_sumvin_agent_key: str,
    x_sumvin_agent_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-sumvin-agent-key"] = x_sumvin_agent_key

    headers["x-sumvin-agent-id"] = x_sumvin_agent_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/agent/token/user",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateAgentTokenResponse | HTTPValidationError | ProblemDetail | None:
    if not TYPE_CHECKING:
        CreateAgentTokenResponse = _models.CreateAgentTokenResponse
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 201:
        response_201 = CreateAgentTokenResponse.from_dict(loads(response.content))

        return response_201

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateAgentTokenResponse | HTTPValidationError | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAgentTokenRequest,
    x_sumvin_agent_key: str,
    x_sumvin_agent_id: str,
) -> Response[CreateAgentTokenResponse | HTTPValidationError | ProblemDetail]:
    """Issues a short-lived agent token for one user; the calling agent proves itself with its agent id
    and key headers, not a user credential.

    Args:
        body: ``CreateAgentTokenRequest``: Body of `create_user_token`, which issues a short-lived
            agent token for one user; the calling agent proves itself with its agent id and key
            headers, not a user credential.
        x_sumvin_agent_key: The agent's secret key.
        x_sumvin_agent_id: Id of the calling agent in Sumvin's agent registry, sent with its key.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[CreateAgentTokenResponse | HTTPValidationError | ProblemDetail]

    """

    kwargs = _get_kwargs(
        body=body,
        x_sumvin_agent_key=x_sumvin_agent_key,
        x_sumvin_agent_id=x_sumvin_agent_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAgentTokenRequest,
    x_sumvin_agent_key: str,
    x_sumvin_agent_id: str,
) -> CreateAgentTokenResponse | HTTPValidationError | ProblemDetail | None:
    """Issues a short-lived agent token for one user; the calling agent proves itself with its agent id
    and key headers, not a user credential.

    Args:
        body: ``CreateAgentTokenRequest``: Body of `create_user_token`, which issues a short-lived
            agent token for one user; the calling agent proves itself with its agent id and key
            headers, not a user credential.
        x_sumvin_agent_key: The agent's secret key.
        x_sumvin_agent_id: Id of the calling agent in Sumvin's agent registry, sent with its key.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        CreateAgentTokenResponse | HTTPValidationError | ProblemDetail

    """

    return sync_detailed(
        client=client,
        body=body,
        x_sumvin_agent_key=x_sumvin_agent_key,
        x_sumvin_agent_id=x_sumvin_agent_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAgentTokenRequest,
    x_sumvin_agent_key: str,
    x_sumvin_agent_id: str,
) -> Response[CreateAgentTokenResponse | HTTPValidationError | ProblemDetail]:
    """Issues a short-lived agent token for one user; the calling agent proves itself with its agent id
    and key headers, not a user credential.

    Args:
        body: ``CreateAgentTokenRequest``: Body of `create_user_token`, which issues a short-lived
            agent token for one user; the calling agent proves itself with its agent id and key
            headers, not a user credential.
        x_sumvin_agent_key: The agent's secret key.
        x_sumvin_agent_id: Id of the calling agent in Sumvin's agent registry, sent with its key.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[CreateAgentTokenResponse | HTTPValidationError | ProblemDetail]

    """

    kwargs = _get_kwargs(
        body=body,
        x_sumvin_agent_key=x_sumvin_agent_key,
        x_sumvin_agent_id=x_sumvin_agent_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAgentTokenRequest,
    x_sumvin_agent_key: str,
    x_sumvin_agent_id: str,
) -> CreateAgentTokenResponse | HTTPValidationError | ProblemDetail | None:
    """Issues a short-lived agent token for one user; the calling agent proves itself with its agent id
    and key headers, not a user credential.

    Args:
        body: ``CreateAgentTokenRequest``: Body of `create_user_token`, which issues a short-lived
            agent token for one user; the calling agent proves itself with its agent id and key
            headers, not a user credential.
        x_sumvin_agent_key: The agent's secret key.
        x_sumvin_agent_id: Id of the calling agent in Sumvin's agent registry, sent with its key.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        CreateAgentTokenResponse | HTTPValidationError | ProblemDetail

    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_sumvin_agent_key=x_sumvin_agent_key,
            x_sumvin_agent_id=x_sumvin_agent_id,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "x_sumvin_agent_key": Parameter(
        "x-sumvin-agent-key", "x_sumvin_agent_key", "header", required=True, shape=Shape(kinds=("string",)), format=None
    ),
    "x_sumvin_agent_id": Parameter(
        "x-sumvin-agent-id", "x_sumvin_agent_id", "header", required=True, shape=Shape(kinds=("string",)), format=None
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
