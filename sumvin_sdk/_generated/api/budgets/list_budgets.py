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
    from ...models.budget_list_response import BudgetListResponse
    from ...models.budget_type import BudgetType
    from ...models.http_validation_error import HTTPValidationError
    from ...models.problem_detail import ProblemDetail
    from ...models.query_validation_problem_detail import QueryValidationProblemDetail

    pass


def _get_kwargs(
    *,
    budget_type: BudgetType | Unset | None = UNSET,
    currency: str | Unset | None = UNSET,
    period_start: str | Unset | None = UNSET,
    period_end: str | Unset | None = UNSET,
    expand: list[str] | Unset = UNSET,
    field_search: str | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> dict[str, Any]:
    if not TYPE_CHECKING:
        BudgetType = _models.BudgetType

    params: dict[str, Any] = {}

    json_budget_type: str | Unset | None
    if isinstance(budget_type, Unset):
        json_budget_type = UNSET
    elif isinstance(budget_type, BudgetType):
        json_budget_type = BudgetType(budget_type).value
    else:
        json_budget_type = budget_type
    params["budget_type"] = json_budget_type

    json_currency: str | Unset | None
    if isinstance(currency, Unset):
        json_currency = UNSET
    else:
        json_currency = currency
    params["currency"] = json_currency

    json_period_start: str | Unset | None
    if isinstance(period_start, Unset):
        json_period_start = UNSET
    else:
        json_period_start = period_start
    params["period_start"] = json_period_start

    json_period_end: str | Unset | None
    if isinstance(period_end, Unset):
        json_period_end = UNSET
    else:
        json_period_end = period_end
    params["period_end"] = json_period_end

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = expand

    params["expand"] = json_expand

    json_field_search: str | Unset | None
    if isinstance(field_search, Unset):
        json_field_search = UNSET
    else:
        json_field_search = field_search
    params["_search"] = json_field_search

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/budgets/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BudgetListResponse | HTTPValidationError | ProblemDetail | QueryValidationProblemDetail | None:
    if not TYPE_CHECKING:
        BudgetListResponse = _models.BudgetListResponse
        HTTPValidationError = _models.HTTPValidationError
        ProblemDetail = _models.ProblemDetail
        QueryValidationProblemDetail = _models.QueryValidationProblemDetail
    if response.status_code == 200:
        response_200 = BudgetListResponse.from_dict(loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = QueryValidationProblemDetail.from_dict(loads(response.content))

        return response_400

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
) -> Response[BudgetListResponse | HTTPValidationError | ProblemDetail | QueryValidationProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    budget_type: BudgetType | Unset | None = UNSET,
    currency: str | Unset | None = UNSET,
    period_start: str | Unset | None = UNSET,
    period_end: str | Unset | None = UNSET,
    expand: list[str] | Unset = UNSET,
    field_search: str | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> Response[BudgetListResponse | HTTPValidationError | ProblemDetail | QueryValidationProblemDetail]:
    """Lists the user's budgets, with filters on type, currency, period and a text search.

    Args:
        budget_type: Only budgets of this type.
        currency: Only budgets in this currency (ISO 4217 code).
        period_start: Only budgets whose period starts on or after this day: a YYYY-MM-DD date or epoch
            milliseconds.
        period_end: Only budgets whose period ends on or before this day: a YYYY-MM-DD date or epoch
            milliseconds.
        expand: Related data to embed: `budget_transactions`.
        field_search: Full-text search over the budget's name, original request and category name.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 20 by default).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[BudgetListResponse | HTTPValidationError | ProblemDetail | QueryValidationProblemDetail]

    """

    kwargs = _get_kwargs(
        budget_type=budget_type,
        currency=currency,
        period_start=period_start,
        period_end=period_end,
        expand=expand,
        field_search=field_search,
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
    budget_type: BudgetType | Unset | None = UNSET,
    currency: str | Unset | None = UNSET,
    period_start: str | Unset | None = UNSET,
    period_end: str | Unset | None = UNSET,
    expand: list[str] | Unset = UNSET,
    field_search: str | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> BudgetListResponse | HTTPValidationError | ProblemDetail | QueryValidationProblemDetail | None:
    """Lists the user's budgets, with filters on type, currency, period and a text search.

    Args:
        budget_type: Only budgets of this type.
        currency: Only budgets in this currency (ISO 4217 code).
        period_start: Only budgets whose period starts on or after this day: a YYYY-MM-DD date or epoch
            milliseconds.
        period_end: Only budgets whose period ends on or before this day: a YYYY-MM-DD date or epoch
            milliseconds.
        expand: Related data to embed: `budget_transactions`.
        field_search: Full-text search over the budget's name, original request and category name.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 20 by default).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        BudgetListResponse | HTTPValidationError | ProblemDetail | QueryValidationProblemDetail

    """

    return sync_detailed(
        client=client,
        budget_type=budget_type,
        currency=currency,
        period_start=period_start,
        period_end=period_end,
        expand=expand,
        field_search=field_search,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    budget_type: BudgetType | Unset | None = UNSET,
    currency: str | Unset | None = UNSET,
    period_start: str | Unset | None = UNSET,
    period_end: str | Unset | None = UNSET,
    expand: list[str] | Unset = UNSET,
    field_search: str | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> Response[BudgetListResponse | HTTPValidationError | ProblemDetail | QueryValidationProblemDetail]:
    """Lists the user's budgets, with filters on type, currency, period and a text search.

    Args:
        budget_type: Only budgets of this type.
        currency: Only budgets in this currency (ISO 4217 code).
        period_start: Only budgets whose period starts on or after this day: a YYYY-MM-DD date or epoch
            milliseconds.
        period_end: Only budgets whose period ends on or before this day: a YYYY-MM-DD date or epoch
            milliseconds.
        expand: Related data to embed: `budget_transactions`.
        field_search: Full-text search over the budget's name, original request and category name.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 20 by default).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[BudgetListResponse | HTTPValidationError | ProblemDetail | QueryValidationProblemDetail]

    """

    kwargs = _get_kwargs(
        budget_type=budget_type,
        currency=currency,
        period_start=period_start,
        period_end=period_end,
        expand=expand,
        field_search=field_search,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    budget_type: BudgetType | Unset | None = UNSET,
    currency: str | Unset | None = UNSET,
    period_start: str | Unset | None = UNSET,
    period_end: str | Unset | None = UNSET,
    expand: list[str] | Unset = UNSET,
    field_search: str | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
) -> BudgetListResponse | HTTPValidationError | ProblemDetail | QueryValidationProblemDetail | None:
    """Lists the user's budgets, with filters on type, currency, period and a text search.

    Args:
        budget_type: Only budgets of this type.
        currency: Only budgets in this currency (ISO 4217 code).
        period_start: Only budgets whose period starts on or after this day: a YYYY-MM-DD date or epoch
            milliseconds.
        period_end: Only budgets whose period ends on or before this day: a YYYY-MM-DD date or epoch
            milliseconds.
        expand: Related data to embed: `budget_transactions`.
        field_search: Full-text search over the budget's name, original request and category name.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 20 by default).

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        BudgetListResponse | HTTPValidationError | ProblemDetail | QueryValidationProblemDetail

    """

    return (
        await asyncio_detailed(
            client=client,
            budget_type=budget_type,
            currency=currency,
            period_start=period_start,
            period_end=period_end,
            expand=expand,
            field_search=field_search,
            offset=offset,
            limit=limit,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "budget_type": Parameter(
        "budget_type",
        "budget_type",
        "query",
        required=False,
        shape=Shape(kinds=("string", "null"), values=("weekly", "monthly", "yearly", "custom"), enum="BudgetType"),
        format=None,
    ),
    "currency": Parameter(
        "currency", "currency", "query", required=False, shape=Shape(kinds=("string", "null")), format=None
    ),
    "period_start": Parameter(
        "period_start", "period_start", "query", required=False, shape=Shape(kinds=("string", "null")), format="date"
    ),
    "period_end": Parameter(
        "period_end", "period_end", "query", required=False, shape=Shape(kinds=("string", "null")), format="date"
    ),
    "expand": Parameter(
        "expand",
        "expand",
        "query",
        required=False,
        shape=Shape(kinds=("array",), items=Shape(kinds=("string",))),
        format=None,
    ),
    "field_search": Parameter(
        "_search", "field_search", "query", required=False, shape=Shape(kinds=("string", "null")), format=None
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
