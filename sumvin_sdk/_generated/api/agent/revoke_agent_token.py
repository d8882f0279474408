from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from sumvin_sdk._json import loads

from ... import errors
from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...parameters import Parameter, Shape
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.http_validation_error import HTTPValidationError
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    *,
    x_sumvin_agent_key: str,
    x_sumvin_agent_id: str,
    authorization: str | Unset | None = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-sumvin-agent-key"] = x_sumvin_agent_key

    headers["x-sumvin-agent-id"] = x_sumvin_agent_id

    if not isinstance(authorization, Unset):
        headers["Authorization"] = authorization

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v0/agent/token",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HTTPValidationError | ProblemDetail | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(loads(response.content))

        return response_401

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
) -> Response[Any | HTTPValidationError | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    x_sumvin_agent_key: str,
    x_sumvin_agent_id: str,
    authorization: str | Unset | None = UNSET,
) -> Response[Any | HTTPValidationError | ProblemDetail]:
    """Revokes the agent token sent as the `Authorization` bearer (never in the URL).

    Args:
        x_sumvin_agent_key: The agent's secret key.
        x_sumvin_agent_id: Id of the calling agent in Sumvin's agent registry, sent with its key.
        authorization: `Bearer` and the agent token to revoke.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[Any | HTTPValidationError | ProblemDetail]

    """

    kwargs = _get_kwargs(
        x_sumvin_agent_key=x_sumvin_agent_key,
        x_sumvin_agent_id=x_sumvin_agent_id,
        authorization=authorization,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    x_sumvin_agent_key: str,
    x_sumvin_agent_id: str,
    authorization: str | Unset | None = UNSET,
) -> Any | HTTPValidationError | ProblemDetail | None:
    """Revokes the agent token sent as the `Authorization` bearer (never in the URL).

    Args:
        x_sumvin_agent_key: The agent's secret key.
        x_sumvin_agent_id: Id of the calling agent in Sumvin's agent registry, sent with its key.
        authorization: `Bearer` and the agent token to revoke.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Any | HTTPValidationError | ProblemDetail

    """

    return sync_detailed(
        client=client,
        x_sumvin_agent_key=x_sumvin_agent_key,
        x_sumvin_agent_id=x_sumvin_agent_id,
        authorization=authorization,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    x_sumvin_agent_key: str,
    x_sumvin_agent_id: str,
    authorization: str | Unset | None = UNSET,
) -> Response[Any | HTTPValidationError | ProblemDetail]:
    """Revokes the agent token sent as the `Authorization` bearer (never in the URL).

    Args:
        x_sumvin_agent_key: The agent's secret key.
        x_sumvin_agent_id: Id of the calling agent in Sumvin's agent registry, sent with its key.
        authorization: `Bearer` and the agent token to revoke.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[Any | HTTPValidationError | ProblemDetail]

    """

    kwargs = _get_kwargs(
        x_sumvin_agent_key=x_sumvin_agent_key,
        x_sumvin_agent_id=x_sumvin_agent_id,
        authorization=authorization,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    x_sumvin_agent_key: str,
    x_sumvin_agent_id: str,
    authorization: str | Unset | None = UNSET,
) -> Any | HTTPValidationError | ProblemDetail | None:
    """Revokes the agent token sent as the `Authorization` bearer (never in the URL).

    Args:
        x_sumvin_agent_key: The agent's secret key.
        x_sumvin_agent_id: Id of the calling agent in Sumvin's agent registry, sent with its key.
        authorization: `Bearer` and the agent token to revoke.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Any | HTTPValidationError | ProblemDetail

    """

    return (
        await asyncio_detailed(
            client=client,
            x_sumvin_agent_key=x_sumvin_agent_key,
            x_sumvin_agent_id=x_sumvin_agent_id,
            authorization=authorization,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "x_sumvin_agent_key": Parameter(
        "x-sumvin-agent-key", "x_sumvin_agent_key", "header", required=True, shape=Shape(kinds=("string",)), format=None
    ),
    "x_sumvin_agent_id": Parameter(
        "x-sumvin-agent-id", "x_sumvin_agent_id", "header", required=True, shape=Shape(kinds=("string",)), format=None
    ),
    "authorization": Parameter(
        "Authorization", "authorization", "header", required=False, shape=Shape(kinds=("string", "null")), format=None
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
