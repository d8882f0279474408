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
    from ...models.insight_list_response import InsightListResponse
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    *,
    call_to_action: bool | Unset | None = UNSET,
    status: str | Unset | None = UNSET,
    user_strategy_id: str | Unset | None = UNSET,
    user_agent_task_id: str | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_call_to_action: bool | Unset | None
    if isinstance(call_to_action, Unset):
        json_call_to_action = UNSET
    else:
        json_call_to_action = call_to_action
    params["call_to_action"] = json_call_to_action

    json_status: str | Unset | None
    if isinstance(status, Unset):
        json_status = UNSET
    else:
        json_status = status
    params["status"] = json_status

    json_user_strategy_id: str | Unset | None
    if isinstance(user_strategy_id, Unset):
        json_user_strategy_id = UNSET
    else:
        json_user_strategy_id = user_strategy_id
    params["user_strategy_id"] = json_user_strategy_id

    json_user_agent_task_id: str | Unset | None
    if isinstance(user_agent_task_id, Unset):
        json_user_agent_task_id = UNSET
    else:
        json_user_agent_task_id = user_agent_task_id
    params["user_agent_task_id"] = json_user_agent_task_id

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/insights/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | InsightListResponse | ProblemDetail | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        InsightListResponse = _models.InsightListResponse
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = InsightListResponse.from_dict(loads(response.content))

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
) -> Response[HTTPValidationError | InsightListResponse | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    call_to_action: bool | Unset | None = UNSET,
    status: str | Unset | None = UNSET,
    user_strategy_id: str | Unset | None = UNSET,
    user_agent_task_id: str | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> Response[HTTPValidationError | InsightListResponse | ProblemDetail]:
    """Lists insights generated for the user, optionally only those with a call to action or from one
    strategy or task.

    Args:
        call_to_action: `True` for insights that ask the user to act, `False` for the others.
        status: Only insights in this state: `pending`, `accepted`, `dismissed` or `expired`.
        user_strategy_id: Only insights produced by this user strategy.
        user_agent_task_id: Only insights produced by this agent task.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 20 by default).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | InsightListResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        call_to_action=call_to_action,
        status=status,
        user_strategy_id=user_strategy_id,
        user_agent_task_id=user_agent_task_id,
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
    call_to_action: bool | Unset | None = UNSET,
    status: str | Unset | None = UNSET,
    user_strategy_id: str | Unset | None = UNSET,
    user_agent_task_id: str | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> HTTPValidationError | InsightListResponse | ProblemDetail | None:
    """Lists insights generated for the user, optionally only those with a call to action or from one
    strategy or task.

    Args:
        call_to_action: `True` for insights that ask the user to act, `False` for the others.
        status: Only insights in this state: `pending`, `accepted`, `dismissed` or `expired`.
        user_strategy_id: Only insights produced by this user strategy.
        user_agent_task_id: Only insights produced by this agent task.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 20 by default).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | InsightListResponse | ProblemDetail

    """

    return sync_detailed(
        client=client,
        call_to_action=call_to_action,
        status=status,
        user_strategy_id=user_strategy_id,
        user_agent_task_id=user_agent_task_id,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    call_to_action: bool | Unset | None = UNSET,
    status: str | Unset | None = UNSET,
    user_strategy_id: str | Unset | None = UNSET,
    user_agent_task_id: str | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> Response[HTTPValidationError | InsightListResponse | ProblemDetail]:
    """Lists insights generated for the user, optionally only those with a call to action or from one
    strategy or task.

    Args:
        call_to_action: `True` for insights that ask the user to act, `False` for the others.
        status: Only insights in this state: `pending`, `accepted`, `dismissed` or `expired`.
        user_strategy_id: Only insights produced by this user strategy.
        user_agent_task_id: Only insights produced by this agent task.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 20 by default).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | InsightListResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        call_to_action=call_to_action,
        status=status,
        user_strategy_id=user_strategy_id,
        user_agent_task_id=user_agent_task_id,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    call_to_action: bool | Unset | None = UNSET,
    status: str | Unset | None = UNSET,
    user_strategy_id: str | Unset | None = UNSET,
    user_agent_task_id: str | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> HTTPValidationError | InsightListResponse | ProblemDetail | None:
    """Lists insights generated for the user, optionally only those with a call to action or from one
    strategy or task.

    Args:
        call_to_action: `True` for insights that ask the user to act, `False` for the others.
        status: Only insights in this state: `pending`, `accepted`, `dismissed` or `expired`.
        user_strategy_id: Only insights produced by this user strategy.
        user_agent_task_id: Only insights produced by this agent task.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 20 by default).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | InsightListResponse | ProblemDetail

    """

    return (
        await asyncio_detailed(
            client=client,
            call_to_action=call_to_action,
            status=status,
            user_strategy_id=user_strategy_id,
            user_agent_task_id=user_agent_task_id,
            offset=offset,
            limit=limit,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "call_to_action": Parameter(
        "call_to_action", "call_to_action", "query", required=False, shape=Shape(kinds=("boolean", "null")), format=None
    ),
    "status": Parameter(
        "status", "status", "query", required=False, shape=Shape(kinds=("string", "null")), format=None
    ),
    "user_strategy_id": Parameter(
        "user_strategy_id",
        "user_strategy_id",
        "query",
        required=False,
        shape=Shape(kinds=("string", "null")),
        format=None,
    ),
    "user_agent_task_id": Parameter(
        "user_agent_task_id",
        "user_agent_task_id",
        "query",
        required=False,
        shape=Shape(kinds=("string", "null")),
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
