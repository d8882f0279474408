from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from sumvin_sdk._json import loads
from sumvin_sdk._paths import path_segment

from ... import errors
from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...parameters import Parameter, Shape
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.http_validation_error import HTTPValidationError
    from ...models.insight_response import InsightResponse
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    insight_id: str,
    *,
    expand: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = expand

    params["expand"] = json_expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/insights/{insight_id}".format(
            insight_id=path_segment("insight_id", insight_id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | InsightResponse | ProblemDetail | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        InsightResponse = _models.InsightResponse
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = InsightResponse.from_dict(loads(response.content))

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
) -> Response[HTTPValidationError | InsightResponse | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    insight_id: str,
    *,
    client: AuthenticatedClient,
    expand: list[str] | Unset = UNSET,
) -> Response[HTTPValidationError | InsightResponse | ProblemDetail]:
    """Returns one insight, optionally with the transactions it is about.

    Args:
        insight_id: Id of the insight, as `list_insights` gives it.
        expand: Related data to embed: `transactions`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | InsightResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        insight_id=insight_id,
        expand=expand,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    insight_id: str,
    *,
    client: AuthenticatedClient,
    expand: list[str] | Unset = UNSET,
) -> HTTPValidationError | InsightResponse | ProblemDetail | None:
    """Returns one insight, optionally with the transactions it is about.

    Args:
        insight_id: Id of the insight, as `list_insights` gives it.
        expand: Related data to embed: `transactions`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | InsightResponse | ProblemDetail

    """

    return sync_detailed(
        insight_id=insight_id,
        client=client,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    insight_id: str,
    *,
    client: AuthenticatedClient,
    expand: list[str] | Unset = UNSET,
) -> Response[HTTPValidationError | InsightResponse | ProblemDetail]:
    """Returns one insight, optionally with the transactions it is about.

    Args:
        insight_id: Id of the insight, as `list_insights` gives it.
        expand: Related data to embed: `transactions`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | InsightResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        insight_id=insight_id,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    insight_id: str,
    *,
    client: AuthenticatedClient,
    expand: list[str] | Unset = UNSET,
) -> HTTPValidationError | InsightResponse | ProblemDetail | None:
    """Returns one insight, optionally with the transactions it is about.

    Args:
        insight_id: Id of the insight, as `list_insights` gives it.
        expand: Related data to embed: `transactions`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | InsightResponse | ProblemDetail

    """

    return (
        await asyncio_detailed(
            insight_id=insight_id,
            client=client,
            expand=expand,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "insight_id": Parameter(
        "insight_id", "insight_id", "path", required=True, shape=Shape(kinds=("string",)), format=None
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
