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
    from ...models.rule_list_response import RuleListResponse

    pass


def _get_kwargs(
    *,
    applies_to: str | Unset | None = UNSET,
    priority_gte: int | Unset | None = UNSET,
    priority_lte: int | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_applies_to: str | Unset | None
    if isinstance(applies_to, Unset):
        json_applies_to = UNSET
    else:
        json_applies_to = applies_to
    params["applies_to"] = json_applies_to

    json_priority_gte: int | Unset | None
    if isinstance(priority_gte, Unset):
        json_priority_gte = UNSET
    else:
        json_priority_gte = priority_gte
    params["priority_gte"] = json_priority_gte

    json_priority_lte: int | Unset | None
    if isinstance(priority_lte, Unset):
        json_priority_lte = UNSET
    else:
        json_priority_lte = priority_lte
    params["priority_lte"] = json_priority_lte

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/user/rules/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ProblemDetail | RuleListResponse | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
        RuleListResponse = _models.RuleListResponse
    if response.status_code == 200:
        response_200 = RuleListResponse.from_dict(loads(response.content))

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
) -> Response[HTTPValidationError | ProblemDetail | RuleListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    applies_to: str | Unset | None = UNSET,
    priority_gte: int | Unset | None = UNSET,
    priority_lte: int | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> Response[HTTPValidationError | ProblemDetail | RuleListResponse]:
    """Lists the user's agent rules, filterable by what they apply to (`all` or a strategy id) and by a
    priority range.

    Args:
        applies_to: Only rules with this scope: `all` for rules that apply everywhere, or a strategy id such
            as `str-abc123`.
        priority_gte: Lowest rule priority to include (0 to 1000).
        priority_lte: Highest rule priority to include (0 to 1000).
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 50 by default).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | RuleListResponse]

    """

    kwargs = _get_kwargs(
        applies_to=applies_to,
        priority_gte=priority_gte,
        priority_lte=priority_lte,
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
    applies_to: str | Unset | None = UNSET,
    priority_gte: int | Unset | None = UNSET,
    priority_lte: int | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> HTTPValidationError | ProblemDetail | RuleListResponse | None:
    """Lists the user's agent rules, filterable by what they apply to (`all` or a strategy id) and by a
    priority range.

    Args:
        applies_to: Only rules with this scope: `all` for rules that apply everywhere, or a strategy id such
            as `str-abc123`.
        priority_gte: Lowest rule priority to include (0 to 1000).
        priority_lte: Highest rule priority to include (0 to 1000).
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 50 by default).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | RuleListResponse

    """

    return sync_detailed(
        client=client,
        applies_to=applies_to,
        priority_gte=priority_gte,
        priority_lte=priority_lte,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    applies_to: str | Unset | None = UNSET,
    priority_gte: int | Unset | None = UNSET,
    priority_lte: int | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> Response[HTTPValidationError | ProblemDetail | RuleListResponse]:
    """Lists the user's agent rules, filterable by what they apply to (`all` or a strategy id) and by a
    priority range.

    Args:
        applies_to: Only rules with this scope: `all` for rules that apply everywhere, or a strategy id such
            as `str-abc123`.
        priority_gte: Lowest rule priority to include (0 to 1000).
        priority_lte: Highest rule priority to include (0 to 1000).
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 50 by default).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | ProblemDetail | RuleListResponse]

    """

    kwargs = _get_kwargs(
        applies_to=applies_to,
        priority_gte=priority_gte,
        priority_lte=priority_lte,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    applies_to: str | Unset | None = UNSET,
    priority_gte: int | Unset | None = UNSET,
    priority_lte: int | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> HTTPValidationError | ProblemDetail | RuleListResponse | None:
    """Lists the user's agent rules, filterable by what they apply to (`all` or a strategy id) and by a
    priority range.

    Args:
        applies_to: Only rules with this scope: `all` for rules that apply everywhere, or a strategy id such
            as `str-abc123`.
        priority_gte: Lowest rule priority to include (0 to 1000).
        priority_lte: Highest rule priority to include (0 to 1000).
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 50 by default).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | ProblemDetail | RuleListResponse

    """

    return (
        await asyncio_detailed(
            client=client,
            applies_to=applies_to,
            priority_gte=priority_gte,
            priority_lte=priority_lte,
            offset=offset,
            limit=limit,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "applies_to": Parameter(
        "applies_to",
        "applies_to",
        "query",
        required=False,
        shape=Shape(kinds=("string", "null"), limits=Limits(pattern="^(all|str-[A-Za-z0-9]+)$")),
        format=None,
    ),
    "priority_gte": Parameter(
        "priority_gte",
        "priority_gte",
        "query",
        required=False,
        shape=Shape(kinds=("integer", "null"), limits=Limits(maximum=1000, minimum=0)),
        format=None,
    ),
    "priority_lte": Parameter(
        "priority_lte",
        "priority_lte",
        "query",
        required=False,
        shape=Shape(kinds=("integer", "null"), limits=Limits(maximum=1000, minimum=0)),
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
