from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from sumvin_sdk._json import loads

from ... import errors
from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...parameters import Limits, Parameter, Shape
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.agent_identity_list_response import AgentIdentityListResponse
    from ...models.agent_identity_status import AgentIdentityStatus
    from ...models.http_validation_error import HTTPValidationError
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    *,
    status: AgentIdentityStatus | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> dict[str, Any]:
    if not TYPE_CHECKING:
        AgentIdentityStatus = _models.AgentIdentityStatus

    params: dict[str, Any] = {}

    json_status: str | Unset | None
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, AgentIdentityStatus):
        json_status = AgentIdentityStatus(status).value
    else:
        json_status = status
    params["status"] = json_status

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/agent-identities",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentIdentityListResponse | HTTPValidationError | ProblemDetail | None:
    if not TYPE_CHECKING:
        AgentIdentityListResponse = _models.AgentIdentityListResponse
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = AgentIdentityListResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = ProblemDetail.from_dict(loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetail.from_dict(loads(response.content))

        return response_403

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(loads(response.content))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AgentIdentityListResponse | HTTPValidationError | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: AgentIdentityStatus | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> Response[AgentIdentityListResponse | HTTPValidationError | ProblemDetail]:
    """Lists the agents connected to the user's account, optionally by state; only the account owner
    may call it, not an agent acting for them.

    Args:
        status: Only agent connections in this state.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 50 by default).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[AgentIdentityListResponse | HTTPValidationError | ProblemDetail]

    """

    kwargs = _get_kwargs(
        status=status,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status: AgentIdentityStatus | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> AgentIdentityListResponse | HTTPValidationError | ProblemDetail | None:
    """Lists the agents connected to the user's account, optionally by state; only the account owner
    may call it, not an agent acting for them.

    Args:
        status: Only agent connections in this state.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 50 by default).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        AgentIdentityListResponse | HTTPValidationError | ProblemDetail

    """

    return sync_detailed(
        client=client,
        status=status,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: AgentIdentityStatus | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> Response[AgentIdentityListResponse | HTTPValidationError | ProblemDetail]:
    """Lists the agents connected to the user's account, optionally by state; only the account owner
    may call it, not an agent acting for them.

    Args:
        status: Only agent connections in this state.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 50 by default).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[AgentIdentityListResponse | HTTPValidationError | ProblemDetail]

    """

    kwargs = _get_kwargs(
        status=status,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: AgentIdentityStatus | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> AgentIdentityListResponse | HTTPValidationError | ProblemDetail | None:
    """Lists the agents connected to the user's account, optionally by state; only the account owner
    may call it, not an agent acting for them.

    Args:
        status: Only agent connections in this state.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 50 by default).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        AgentIdentityListResponse | HTTPValidationError | ProblemDetail

    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            offset=offset,
            limit=limit,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "status": Parameter(
        "status",
        "status",
        "query",
        required=False,
        shape=Shape(
            kinds=("string", "null"), values=("pending", "active", "failed", "retired"), enum="AgentIdentityStatus"
        ),
        format=None,
    ),
    "offset": Parameter(
        "offset",
        "offset",
        "query",
        required=False,
        shape=Shape(kinds=("integer",), limits=Limits(minimum=0)),
        format=None,
    ),
    "limit": Parameter(
        "limit",
        "limit",
        "query",
        required=False,
        shape=Shape(kinds=("integer",), limits=Limits(maximum=100, minimum=1)),
        format=None,
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
