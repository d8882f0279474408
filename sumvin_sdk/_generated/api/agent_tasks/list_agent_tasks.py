from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from sumvin_sdk._json import loads
from sumvin_sdk._paths import path_segment

from ... import errors
from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...parameters import Limits, Parameter, Shape
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.http_validation_error import HTTPValidationError
    from ...models.problem_detail import ProblemDetail
    from ...models.user_agent_task_list_response import UserAgentTaskListResponse
    from ...models.user_agent_task_status import UserAgentTaskStatus

    pass


def _get_kwargs(
    user_strategy_id: str,
    *,
    status: Unset | UserAgentTaskStatus | None = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    expand: list[str] | Unset = UNSET,
) -> dict[str, Any]:
    if not TYPE_CHECKING:
        UserAgentTaskStatus = _models.UserAgentTaskStatus

    params: dict[str, Any] = {}

    json_status: str | Unset | None
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, UserAgentTaskStatus):
        json_status = UserAgentTaskStatus(status).value
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
        "url": "/v0/user/strategies/{user_strategy_id}/tasks/".format(
            user_strategy_id=path_segment("user_strategy_id", user_strategy_id),
        ),
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
) -> Response[HTTPValidationError | ProblemDetail | UserAgentTaskListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_strategy_id: str,
    *,
    client: AuthenticatedClient,
    status: Unset | UserAgentTaskStatus | None = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    expand: list[str] | Unset = UNSET,
) -> Response[HTTPValidationError | ProblemDetail | UserAgentTaskListResponse]:
    """Lists the agent tasks run for one of the user's strategies, optionally by status.

    Args:
        user_strategy_id: Id of the user's enabled strategy.
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
        user_strategy_id=user_strategy_id,
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
    user_strategy_id: str,
    *,
    client: AuthenticatedClient,
    status: Unset | UserAgentTaskStatus | None = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    expand: list[str] | Unset = UNSET,
) -> HTTPValidationError | ProblemDetail | UserAgentTaskListResponse | None:
    """Lists the agent tasks run for one of the user's strategies, optionally by status.

    Args:
        user_strategy_id: Id of the user's enabled strategy.
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
        user_strategy_id=user_strategy_id,
        client=client,
        status=status,
        limit=limit,
        offset=offset,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    user_strategy_id: str,
    *,
    client: AuthenticatedClient,
    status: Unset | UserAgentTaskStatus | None = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    expand: list[str] | Unset = UNSET,
) -> Response[HTTPValidationError | ProblemDetail | UserAgentTaskListResponse]:
    """Lists the agent tasks run for one of the user's strategies, optionally by status.

    Args:
        user_strategy_id: Id of the user's enabled strategy.
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
        user_strategy_id=user_strategy_id,
        status=status,
        limit=limit,
        offset=offset,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_strategy_id: str,
    *,
    client: AuthenticatedClient,
    status: Unset | UserAgentTaskStatus | None = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    expand: list[str] | Unset = UNSET,
) -> HTTPValidationError | ProblemDetail | UserAgentTaskListResponse | None:
    """Lists the agent tasks run for one of the user's strategies, optionally by status.

    Args:
        user_strategy_id: Id of the user's enabled strategy.
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
            user_strategy_id=user_strategy_id,
            client=client,
            status=status,
            limit=limit,
            offset=offset,
            expand=expand,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "user_strategy_id": Parameter(
        "user_strategy_id", "user_strategy_id", "path", required=True, shape=Shape(kinds=("string",)), format=None
    ),
    "status": Parameter(
        "status",
        "status",
        "query",
        required=False,
        shape=Shape(
            kinds=("string", "null"),
            values=("queued", "next", "running", "completed", "failed", "cancelled"),
            enum="UserAgentTaskStatus",
        ),
        format=None,
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
