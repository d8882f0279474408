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
    from ...models.get_pint_expand_item import GetPintExpandItem
    from ...models.http_validation_error import HTTPValidationError
    from ...models.pint_detail_response import PintDetailResponse
    from ...models.problem_detail import ProblemDetail

    pass


def _get_kwargs(
    pint_id: str,
    *,
    expand: list[GetPintExpandItem] | Unset = UNSET,
) -> dict[str, Any]:
    if not TYPE_CHECKING:
        GetPintExpandItem = _models.GetPintExpandItem

    params: dict[str, Any] = {}

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = []
        for expand_item_data in expand:
            expand_item = GetPintExpandItem(expand_item_data).value
            json_expand.append(expand_item)

    params["expand"] = json_expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/pint/{pint_id}".format(
            pint_id=path_segment("pint_id", pint_id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | PintDetailResponse | ProblemDetail | None:
    if not TYPE_CHECKING:
        HTTPValidationError = _models.HTTPValidationError
        PintDetailResponse = _models.PintDetailResponse
        ProblemDetail = _models.ProblemDetail
    if response.status_code == 200:
        response_200 = PintDetailResponse.from_dict(loads(response.content))

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
) -> Response[HTTPValidationError | PintDetailResponse | ProblemDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    pint_id: str,
    *,
    client: AuthenticatedClient,
    expand: list[GetPintExpandItem] | Unset = UNSET,
) -> Response[HTTPValidationError | PintDetailResponse | ProblemDetail]:
    """Returns one purchase intent, optionally with its tokens, transactions, agent tasks or source
    chat message.

    Args:
        pint_id: Id of the purchase intent (PINT).
        expand: Related data to embed, any of `agent_tasks`, `source_chat_message`, `tokens` and
            `transactions`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | PintDetailResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        pint_id=pint_id,
        expand=expand,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pint_id: str,
    *,
    client: AuthenticatedClient,
    expand: list[GetPintExpandItem] | Unset = UNSET,
) -> HTTPValidationError | PintDetailResponse | ProblemDetail | None:
    """Returns one purchase intent, optionally with its tokens, transactions, agent tasks or source
    chat message.

    Args:
        pint_id: Id of the purchase intent (PINT).
        expand: Related data to embed, any of `agent_tasks`, `source_chat_message`, `tokens` and
            `transactions`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | PintDetailResponse | ProblemDetail

    """

    return sync_detailed(
        pint_id=pint_id,
        client=client,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    pint_id: str,
    *,
    client: AuthenticatedClient,
    expand: list[GetPintExpandItem] | Unset = UNSET,
) -> Response[HTTPValidationError | PintDetailResponse | ProblemDetail]:
    """Returns one purchase intent, optionally with its tokens, transactions, agent tasks or source
    chat message.

    Args:
        pint_id: Id of the purchase intent (PINT).
        expand: Related data to embed, any of `agent_tasks`, `source_chat_message`, `tokens` and
            `transactions`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        Response[HTTPValidationError | PintDetailResponse | ProblemDetail]

    """

    kwargs = _get_kwargs(
        pint_id=pint_id,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pint_id: str,
    *,
    client: AuthenticatedClient,
    expand: list[GetPintExpandItem] | Unset = UNSET,
) -> HTTPValidationError | PintDetailResponse | ProblemDetail | None:
    """Returns one purchase intent, optionally with its tokens, transactions, agent tasks or source
    chat message.

    Args:
        pint_id: Id of the purchase intent (PINT).
        expand: Related data to embed, any of `agent_tasks`, `source_chat_message`, `tokens` and
            `transactions`.

    Raises:
        errors.UnexpectedStatus: An undocumented status, when ``client.raise_on_unexpected_status`` is set.
        httpx.TimeoutException: No response within ``client.timeout``.

    Returns:
        HTTPValidationError | PintDetailResponse | ProblemDetail

    """

    return (
        await asyncio_detailed(
            pint_id=pint_id,
            client=client,
            expand=expand,
        )
    ).parsed


PARAMETERS: dict[str, Parameter] = {
    "pint_id": Parameter("pint_id", "pint_id", "path", required=True, shape=Shape(kinds=("string",)), format=None),
    "expand": Parameter(
        "expand",
        "expand",
        "query",
        required=False,
        shape=Shape(
            kinds=("array",),
            items=Shape(kinds=("string",), values=("tokens", "transactions", "agent_tasks", "source_chat_message")),
        ),
        format=None,
    ),
}
"""This operation's path, query and header parameters by argument name, as ``sumvin_sdk._params``
checks them."""
