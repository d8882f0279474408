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
    from ...models.ipa_list_response import IPAListResponse
    from ...models.ipa_status import IPAStatus
    from ...models.ipa_type import IPAType
    from ...models.list_ipas_sort_type_0 import ListIpasSortType0
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    *,
    status: IPAStatus | Unset | None = UNSET,
    intent_type: IPAType | Unset | None = UNSET,
    sort: ListIpasSortType0 | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    expand: list[str] | Unset = UNSET,
) -> dict[str, Any]:
    if not TYPE_CHECKING:
        IPAStatus = _models.IPAStatus
        IPAType = _models.IPAType
        ListIpasSortType0 = _models.ListIpasSortType0

    params: dict[str, Any] = {}

    json_status: str | Unset | None
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, IPAStatus):
        json_status = IPAStatus(status).value
    else:
        json_status = status
    params["status"] = json_status

    json_intent_type: str | Unset | None
    if isinstance(intent_type, Unset):
        json_intent_type = UNSET
    elif isinstance(intent_type, IPAType):
        json_intent_type = IPAType(intent_type).value
    else:
        json_intent_type = intent_type
    params["intent_type"] = json_intent_type

    json_sort: str | Unset | None
    if isinstance(sort, Unset):
        json_sort = UNSET
    elif isinstance(sort, ListIpasSortType0):
        json_sort = ListIpasSortType0(sort).value
    else:
        json_sort = sort
    params["sort"] = json_sort

    params["offset"] = offset

    params["limit"] = limit

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = expand

    params["expand"] = json_expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/user/ipa/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | IPAListResponse | ProblemDetail | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        IPAListResponse = _models.IPAListResponse
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = IPAListResponse.from_dict(loads(response.content))

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
) -> Response[HTTPValidationError | IPAListResponse | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: IPAStatus | Unset | None = UNSET,
    intent_type: IPAType | Unset | None = UNSET,
    sort: ListIpasSortType0 | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    expand: list[str] | Unset = UNSET,
) -> Response[HTTPValidationError | IPAListResponse | ProblemDetail]:
    """Lists the user's errands (IPAs, intelligent purchase authorisations), filterable by status and
    type, sortable.

    Args:
        status: Only errands in this state.
        intent_type: Only errands of this type.
        sort: Member to sort by: `created_at`, `updated_at` or `status`; a leading `-` sorts
            descending.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 20 by default).
        expand: Related data to embed, any of `candidates`, `events`, `executing_agent_task`,
            `manifests` and `originating_agent_task`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | IPAListResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        status=status,
        intent_type=intent_type,
        sort=sort,
        offset=offset,
        limit=limit,
        expand=expand,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status: IPAStatus | Unset | None = UNSET,
    intent_type: IPAType | Unset | None = UNSET,
    sort: ListIpasSortType0 | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    expand: list[str] | Unset = UNSET,
) -> HTTPValidationError | IPAListResponse | ProblemDetail | None:
    """Lists the user's errands (IPAs, intelligent purchase authorisations), filterable by status and
    type, sortable.

    Args:
        status: Only errands in this state.
        intent_type: Only errands of this type.
        sort: Member to sort by: `created_at`, `updated_at` or `status`; a leading `-` sorts
            descending.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 20 by default).
        expand: Related data to embed, any of `candidates`, `events`, `executing_agent_task`,
            `manifests` and `originating_agent_task`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | IPAListResponse | ProblemDetail

    """

    return sync_detailed(
        client=client,
        status=status,
        intent_type=intent_type,
        sort=sort,
        offset=offset,
        limit=limit,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: IPAStatus | Unset | None = UNSET,
    intent_type: IPAType | Unset | None = UNSET,
    sort: ListIpasSortType0 | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    expand: list[str] | Unset = UNSET,
) -> Response[HTTPValidationError | IPAListResponse | ProblemDetail]:
    """Lists the user's errands (IPAs, intelligent purchase authorisations), filterable by status and
    type, sortable.

    Args:
        status: Only errands in this state.
        intent_type: Only errands of this type.
        sort: Member to sort by: `created_at`, `updated_at` or `status`; a leading `-` sorts
            descending.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 20 by default).
        expand: Related data to embed, any of `candidates`, `events`, `executing_agent_task`,
            `manifests` and `originating_agent_task`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | IPAListResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        status=status,
        intent_type=intent_type,
        sort=sort,
        offset=offset,
        limit=limit,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: IPAStatus | Unset | None = UNSET,
    intent_type: IPAType | Unset | None = UNSET,
    sort: ListIpasSortType0 | Unset | None = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 20,
    expand: list[str] | Unset = UNSET,
) -> HTTPValidationError | IPAListResponse | ProblemDetail | None:
    """Lists the user's errands (IPAs, intelligent purchase authorisations), filterable by status and
    type, sortable.

    Args:
        status: Only errands in this state.
        intent_type: Only errands of this type.
        sort: Member to sort by: `created_at`, `updated_at` or `status`; a leading `-` sorts
            descending.
        offset: How many items to skip before the page starts (0 by default).
        limit: Most items to return in one page (1 to 100, 20 by default).
        expand: Related data to embed, any of `candidates`, `events`, `executing_agent_task`,
            `manifests` and `originating_agent_task`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | IPAListResponse | ProblemDetail

    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            intent_type=intent_type,
            sort=sort,
            offset=offset,
            limit=limit,
            expand=expand,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "status": Parameter(
        "status",
        "status",
        "query",
        required=False,
        shape=Shape(
            kinds=("string", "null"),
            values=(
                "qualifying",
                "searching",
                "validating",
                "pending_approval",
                "pending_clarification",
                "approved",
                "monitoring",
                "executing",
                "completed",
                "failed",
                "expired",
                "cancelled",
            ),
            enum="IPAStatus",
        ),
        format=None,
    ),
    "intent_type": Parameter(
        "intent_type",
        "intent_type",
        "query",
        required=False,
        shape=Shape(kinds=("string", "null"), values=("product", "service", "composite"), enum="IPAType"),
        format=None,
    ),
    "sort": Parameter(
        "sort",
        "sort",
        "query",
        required=False,
        shape=Shape(
            kinds=("string", "null"),
            values=("created_at", "-created_at", "updated_at", "-updated_at", "status", "-status"),
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
