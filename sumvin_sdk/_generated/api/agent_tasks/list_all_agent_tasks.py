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
    from ...models.http_validation_error import HTTPValidationError
    from ...models.problem_detail import ProblemDetail
    from ...models.user_agent_task_list_response import UserAgentTaskListResponse

    pass


def _get_kwargs(
    *,
    status: str | Unset | None = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    expand: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset | None
    if isinstance(status, Unset):
        json_status = UNSET
    else:
        json_status = status
    params["status"] = json_status

    params["limit"] = limit

    params["offset"] = offset

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = expand

    params["expand"] = json_expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/user/agent-tasks/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ProblemDetail | UserAgentTaskListResponse | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
        UserAgentTaskListResponse = _models.UserAgentTaskListResponse
    if response.status_code == 200:
        response_200 = UserAgentTaskListResponse.from_dict(loads(response.content))

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
) -> Response[HTTPValidationError | ProblemDetail | UserAgentTaskListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: str | Unset | None = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    expand: list[str] | Unset = UNSET,
) -> Response[HTTPValidationError | ProblemDetail | UserAgentTaskListResponse]:
    """Lists the user's agent tasks across all strategies.

    Args:
        status: Only tasks in this state.
        limit: Most items to return in one page (1 to 100, 20 by default).
        offset: How many items to skip before the page starts (0 by default).
        expand: Related data to embed, any of `ipas`, `strategy`, `transactions`, `user_strategy`,
            `user_strategy.strategy` and `workflow_ipas`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | UserAgentTaskListResponse]

    """

    kwargs = _get_kwargs(
        status=status,
        limit=limit,
        offset=offset,
        expand=expand,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status: str | Unset | None = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    expand: list[str] | Unset = UNSET,
) -> HTTPValidationError | ProblemDetail | UserAgentTaskListResponse | None:
    """Lists the user's agent tasks across all strategies.

    Args:
        status: Only tasks in this state.
        limit: Most items to return in one page (1 to 100, 20 by default).
        offset: How many items to skip before the page starts (0 by default).
        expand: Related data to embed, any of `ipas`, `strategy`, `transactions`, `user_strategy`,
            `user_strategy.strategy` and `workflow_ipas`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | UserAgentTaskListResponse

    """

    return sync_detailed(
        client=client,
        status=status,
        limit=limit,
        offset=offset,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: str | Unset | None = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    expand: list[str] | Unset = UNSET,
) -> Response[HTTPValidationError | ProblemDetail | UserAgentTaskListResponse]:
    """Lists the user's agent tasks across all strategies.

    Args:
        status: Only tasks in this state.
        limit: Most items to return in one page (1 to 100, 20 by default).
        offset: How many items to skip before the page starts (0 by default).
        expand: Related data to embed, any of `ipas`, `strategy`, `transactions`, `user_strategy`,
            `user_strategy.strategy` and `workflow_ipas`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | UserAgentTaskListResponse]

    """

    kwargs = _get_kwargs(
        status=status,
        limit=limit,
        offset=offset,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: str | Unset | None = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    expand: list[str] | Unset = UNSET,
) -> HTTPValidationError | ProblemDetail | UserAgentTaskListResponse | None:
    """Lists the user's agent tasks across all strategies.

    Args:
        status: Only tasks in this state.
        limit: Most items to return in one page (1 to 100, 20 by default).
        offset: How many items to skip before the page starts (0 by default).
        expand: Related data to embed, any of `ipas`, `strategy`, `transactions`, `user_strategy`,
            `user_strategy.strategy` and `workflow_ipas`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | UserAgentTaskListResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            limit=limit,
            offset=offset,
            expand=expand,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "status": Parameter(
        "status", "status", "query", required=False, shape=Shape(kinds=("string", "null")), format=None
    ),
    "limit": Parameter(
        "limit",
        "limit",
        "query",
        required=False,
        shape=Shape(kinds=("integer",), limits=Limits(maximum=100)),
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
    "expand": Parameter(
        "expand",
        "expand",
        "query",
        required=False,
        shape=Shape(kinds=("array",), items=Shape(kinds=("string",))),
        format=None,
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
